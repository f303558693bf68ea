// The commands' shared argument handling: `--name value` or a bare `--name`.

/** Removes `--name` (and its value when `withValue`) from args; the value, true for a bare flag, undefined when absent. */
export function takeFlag(args, name, withValue) {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, withValue ? 2 : 1);
  return withValue ? value ?? '' : true;
}
