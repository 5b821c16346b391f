// Links from a revision to its commit on the hosting site. The repository URL
// comes from the build's options or Netlify's REPOSITORY_URL; whatever its
// form (https, ssh, scp-like), the page only ever gets a plain https address,
// never credentials that may sit in a clone URL.

/**
 * The page of one commit: `/commit/<hash>` on GitHub, Codeberg, Gitea and
 * Forgejo, `/-/commit/<hash>` on GitLab, `/commits/<hash>` on Bitbucket;
 * undefined when the URL is not a hosted repository's.
 */
export function makeCommitUrl(repositoryUrl: string | undefined, hash: string): string | undefined {
  const text = repositoryUrl?.trim();
  if (!text || !hash) return undefined;
  // scp-like `git@github.com:owner/repo.git`
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(text);
  let [host, pathname] = ['', ''];
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    [host, pathname] = [scp[1]!, `/${scp[2]!}`];
  } else {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(url.protocol) || !url.hostname) return undefined;
    // An ssh port is not the web port; an https one is kept.
    host = url.protocol === 'https:' || url.protocol === 'http:' ? url.host : url.hostname;
    pathname = decodeURIComponent(url.pathname);
  }
  const repoPath = pathname.replace(/\/+$/, '').replace(/\.git$/i, '').replace(/^\/+/, '');
  if (!repoPath.includes('/')) return undefined;
  host = host.toLowerCase();
  const web = `https://${host}/${repoPath.split('/').map(encodeURIComponent).join('/')}`;
  const hostname = host.replace(/:\d+$/, '');
  if (hostname === 'bitbucket.org') return `${web}/commits/${hash}`;
  if (hostname === 'gitlab.com' || hostname.startsWith('gitlab.')) return `${web}/-/commit/${hash}`;
  return `${web}/commit/${hash}`;
}
