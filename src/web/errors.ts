/** Errors a route throws to answer with a status: the message is shown to the visitor as is. */
export class NotFound extends Error {}
export class Forbidden extends Error {}
