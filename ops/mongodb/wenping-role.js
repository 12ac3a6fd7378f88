// The role for Wenping's database user on a real MongoDB: the event log can be read and appended to,
// never changed. Run as a user administrator:
//   mongosh "mongodb://admin@db1/admin?replicaSet=rs0" --eval 'var dbName="wenping"' ops/mongodb/wenping-role.js
// then: db.getSiblingDB("wenping").createUser({user: "wenping", pwd: passwordPrompt(), roles: ["wenpingApp"]})
// MongoDB privileges only add up, so every collection the application uses is listed with its actions.
const name = typeof dbName === "undefined" ? "wenping" : dbName;
const target = db.getSiblingDB(name);
const appendOnly = ["find", "insert", "createIndex", "listIndexes", "listCollections"];
const readWrite = ["find", "insert", "update", "remove", "createIndex", "dropIndex", "listIndexes",
                   "listCollections", "createCollection"];
const privileges = [
  // the record: appended, never updated or removed
  { resource: { db: name, collection: "event_commits" }, actions: appendOnly },
  { resource: { db: name, collection: "event_checkpoints" }, actions: appendOnly },
  // the access log (who read which dossier, timeline, export or personal data): appended, never updated or removed
  { resource: { db: name, collection: "access_log_commits" }, actions: appendOnly },
  { resource: { db: name, collection: "access_log_checkpoints" }, actions: appendOnly },
  { resource: { db: name, collection: "access_log_store_meta" }, actions: ["find", "insert", "update"] },
  // the durable-head marker moves forward (its rewinding is caught against published checkpoints)
  { resource: { db: name, collection: "event_store_meta" }, actions: ["find", "insert", "update"] },
  // the store health check writes one probe document (and makes it durable)
  { resource: { db: name, collection: "health_probe" }, actions: ["find", "insert", "update"] },
  // the keys of personal data: sealed keys inserted, erased (key bytes removed) or restricted by update, never removed
  { resource: { db: name, collection: "personal_data_keys" }, actions: ["find", "insert", "update"] },
  // caches and read models, which can be thrown away and rebuilt
  { resource: { db: name, collection: "event_snapshots" }, actions: readWrite },
  { resource: { db: name, collection: "tracking_tokens" }, actions: readWrite },
  { resource: { db: name, collection: "dead_letters" }, actions: readWrite },
  { resource: { db: name, collection: "matter_status" }, actions: readWrite },
  { resource: { db: name, collection: "matter_figures" }, actions: readWrite },
  { resource: { db: name, collection: "case_status" }, actions: readWrite },
  { resource: { db: name, collection: "person_actions" }, actions: readWrite },
  { resource: { db: name, collection: "person_actions_months" }, actions: readWrite },
  { resource: { db: name, collection: "person_actions_users" }, actions: readWrite },
  { resource: { db: name, collection: "person_actions_matters" }, actions: readWrite },
  { resource: { db: name, collection: "assessment_lists" }, actions: readWrite },
  { resource: { db: name, collection: "assessment_list_years" }, actions: readWrite },
  { resource: { db: name, collection: "assessment_list_matters" }, actions: readWrite },
  { resource: { db: name, collection: "assessment_list_unlisted" }, actions: readWrite },
  { resource: { db: name, collection: "monthly_reports" }, actions: readWrite },
  { resource: { db: name, collection: "report_lists" }, actions: readWrite },
  { resource: { db: name, collection: "report_matters" }, actions: readWrite },
  { resource: { db: name, collection: "report_tallies" }, actions: readWrite },
  { resource: { db: name, collection: "report_units" }, actions: readWrite },
  { resource: { db: name, collection: "report_decided" }, actions: readWrite },
  { resource: { db: name, collection: "inquiries" }, actions: readWrite },
  { resource: { db: name, collection: "inquiries_by_subject" }, actions: readWrite },
  { resource: { db: name, collection: "inquiry_findings_by_person" }, actions: readWrite },
  { resource: { db: name, collection: "agencies" }, actions: readWrite },
  { resource: { db: name, collection: "experts" }, actions: readWrite },
  { resource: { db: name, collection: "registry_listings" }, actions: readWrite },
  // each read model's second slot, which an online rebuild fills while readers read the first (and back)
  { resource: { db: name, collection: "matter_status__alt" }, actions: readWrite },
  { resource: { db: name, collection: "matter_figures__alt" }, actions: readWrite },
  { resource: { db: name, collection: "case_status__alt" }, actions: readWrite },
  { resource: { db: name, collection: "person_actions__alt" }, actions: readWrite },
  { resource: { db: name, collection: "person_actions_months__alt" }, actions: readWrite },
  { resource: { db: name, collection: "person_actions_users__alt" }, actions: readWrite },
  { resource: { db: name, collection: "person_actions_matters__alt" }, actions: readWrite },
  { resource: { db: name, collection: "assessment_lists__alt" }, actions: readWrite },
  { resource: { db: name, collection: "assessment_list_years__alt" }, actions: readWrite },
  { resource: { db: name, collection: "assessment_list_matters__alt" }, actions: readWrite },
  { resource: { db: name, collection: "assessment_list_unlisted__alt" }, actions: readWrite },
  { resource: { db: name, collection: "monthly_reports__alt" }, actions: readWrite },
  { resource: { db: name, collection: "report_lists__alt" }, actions: readWrite },
  { resource: { db: name, collection: "report_matters__alt" }, actions: readWrite },
  { resource: { db: name, collection: "report_tallies__alt" }, actions: readWrite },
  { resource: { db: name, collection: "report_units__alt" }, actions: readWrite },
  { resource: { db: name, collection: "report_decided__alt" }, actions: readWrite },
  { resource: { db: name, collection: "inquiries__alt" }, actions: readWrite },
  { resource: { db: name, collection: "inquiries_by_subject__alt" }, actions: readWrite },
  { resource: { db: name, collection: "inquiry_findings_by_person__alt" }, actions: readWrite },
  { resource: { db: name, collection: "agencies__alt" }, actions: readWrite },
  { resource: { db: name, collection: "experts__alt" }, actions: readWrite },
  { resource: { db: name, collection: "registry_listings__alt" }, actions: readWrite },
  // which slot of each read model readers read
  { resource: { db: name, collection: "read_model_slots" }, actions: readWrite },
  { resource: { db: name, collection: "" }, actions: ["listCollections"] },
];
if (target.getRole("wenpingApp")) {
  target.updateRole("wenpingApp", { privileges: privileges, roles: [] });
} else {
  target.createRole({ role: "wenpingApp", privileges: privileges, roles: [] });
}
print("role wenpingApp on " + name + ": event_commits and event_checkpoints are find/insert only");
