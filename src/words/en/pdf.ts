// What only the PDFs say: running footers, bookmarks, document details and
// the portfolio PDF's cover.
export const pdf = {
  'pdf.page': 'Page {page} of {pages}',
  // A printed plan is read long after it was made: it names its day and says
  // "overdue" where the site says "overdue by 3 weeks" or "in 2 months".
  'pdf.kicker': '{kicker} · as of {date}',
  'pdf.overdue': 'overdue',
  'pdf.footer': '{title} · {owner}',
  'pdf.creator': 'Planfolio',
  'pdf.goalBookmark': '{number}. {title}',
  'pdf.planBookmark': '{owner}: {title}',
  'pdf.progress': '{steps} · {percent}',
  'pdf.tag': '#{tag}',
  'pdf.comma': ', ',

  // The portfolio PDF: its details and its cover.
  'pdf.portfolio.subject': { one: '{count} career action plan', other: '{count} career action plans' },
  'pdf.portfolio.authors': '{names} and {count} more',
  'pdf.cover.kicker': 'Portfolio',
  'pdf.cover.bookmark': 'Overview of all plans',
  'pdf.cover.summary': '{plans} of {people}',
  'pdf.cover.activePlans': 'Active plans',
  'pdf.cover.stepsDone': 'Steps done',
  'pdf.cover.overdue': 'Overdue items',
  'pdf.cover.reviewsDue': 'Reviews due',
  'pdf.cover.owner': 'Owner',
  'pdf.cover.plan': 'Plan',
  'pdf.cover.nextDue': 'Next due',
  'pdf.cover.review': 'Next review',
  // A portfolio too large to draw every plan in full: one page per plan.
  'pdf.cover.summaryNote': 'One page per plan follows, each linking to the plan’s own PDF with every goal and step.',
  'pdf.summary.fullPlan': 'Full plan',
  'pdf.summary.goal': 'Goal',
  'pdf.summary.due': 'Due',
  'pdf.summary.moreGoals': { one: '{count} more goal in the full plan', other: '{count} more goals in the full plan' },
} as const;
