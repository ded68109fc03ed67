/**
 * 国密 for data at rest: SM4 for personal data and secrets kept in the database, HMAC-SM3 for
 * looking them up, with the key outside the database. Uses no other module.
 */
@cn.duban.schema.Tables({})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"refusal", "schema"})
package cn.duban.crypto;
