/**
 * The government messaging app (政务钉钉, 浙政钉, 粤政易 follow the 钉钉 open platform's shape): a 待办 for the person
 * who must act — a unit head on a submitted report, a unit on a 交办 to sign for, the office on an extension — done
 * there when the step is taken here; its directory's departments and people; and the light app's sign-in (免登).
 */
@cn.duban.schema.Tables({"dingtalk_person", "dingtalk_todo"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assignments", "audit", "org", "progress", "refusal", "schema",
        "security", "time"})
package cn.duban.messaging;
