/**
 * A server address with its password replaced by "***", for messages and pages: "redis://u:pw@h"
 * → "redis://u:***@h", and memjs's "u:pw@h:11211,h2" → "u:***@h:11211,h2".
 */
export function withoutPassword(address: string): string {
  return address.replace(/(^|\/\/|,)([^:@/,\s]*):[^@/,\s]*@/g, "$1$2:***@");
}
