// natural's root import pulls in storage backends (and prints dotenv notices), so protokoll imports
// its submodules one by one; they ship without their own declarations.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean; dj?: number }): number;
}
