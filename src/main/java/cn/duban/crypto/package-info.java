/**
 * 国密 for data at rest: SM4 for personal data and secrets kept in the database, HMAC-SM3 for
 * looking them up, with the key outside the database. Uses no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package cn.duban.crypto;
