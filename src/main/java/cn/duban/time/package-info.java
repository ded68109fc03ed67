/**
 * The county's time: the one clock Duban reads, the county's zone (duban.zone, Asia/Shanghai by
 * default) and the one formatter for every date and time a person or a document reads; JSON
 * writes times at the county's offset. Uses no other module.
 */
@cn.duban.schema.Tables({})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"refusal", "schema"})
package cn.duban.time;
