// Loaded with `node --import`: writes to stderr the package (node_modules) and the project file of
// every module the program resolves, one per line ("PKG name" / "SRC path"), so a test can see
// what a command loads.
import { register } from 'node:module';

register('data:text/javascript,' + encodeURIComponent(`
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const pkg = result.url.match(/node_modules\\/((?:@[^/]+\\/)?[^/]+)/);
  if (pkg) process.stderr.write('PKG ' + pkg[1] + '\\n');
  else if (result.url.startsWith('file:')) process.stderr.write('SRC ' + result.url + '\\n');
  return result;
}
`));
