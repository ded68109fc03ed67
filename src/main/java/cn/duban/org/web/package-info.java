/**
 * The organisation tree's pages and API. A module of its own inside org: the tree itself is used
 * by security (a user belongs to a unit), while these pages need security (who may edit), so
 * keeping them apart keeps the two free of a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation pages")
package cn.duban.org.web;
