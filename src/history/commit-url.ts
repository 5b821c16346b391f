// Links from a revision to its commit on the hosting site. The repository URL
// comes from the build's options or Netlify's REPOSITORY_URL; whatever its
// form (https, ssh, scp-like), the page only ever gets a plain https address,
// never credentials that may sit in a clone URL.

/** A repository's web address from a clone URL, or undefined when it is not a hosted one. */
export function findRepositoryWebUrl(repositoryUrl: string | undefined): string | undefined {
  const text = repositoryUrl?.trim();
  if (!text) return undefined;
  // scp-like `git@github.com:owner/repo.git`
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(text);
  let host: string;
  let pathname: string;
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
  const encoded = repoPath.split('/').map(encodeURIComponent).join('/');
  return `https://${host.toLowerCase()}/${encoded}`;
}

/**
 * The page of one commit: `/commit/<hash>` on GitHub, Codeberg, Gitea and
 * Forgejo, `/-/commit/<hash>` on GitLab, `/commits/<hash>` on Bitbucket.
 */
export function makeCommitUrl(repositoryUrl: string | undefined, hash: string): string | undefined {
  const web = findRepositoryWebUrl(repositoryUrl);
  if (!web || !hash) return undefined;
  const host = new URL(web).hostname;
  if (host === 'bitbucket.org') return `${web}/commits/${hash}`;
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return `${web}/-/commit/${hash}`;
  return `${web}/commit/${hash}`;
}
