/**
 * The application's own wiring: the database (embedded or a server) and its durability check, the clock, errors
 * answered as pages or ProblemDetails, the event pool, static links, backups. It may use any module and no
 * module uses it, so it is bound by no list of allowed dependencies.
 */
package cn.duban.system;
