package org.wenping.ops.mongo;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up warning over privileges documents as {@code connectionStatus} answers them (MongoDB 7). */
class EventLogWriteAccessTest {
    private static final String APPEND_ONLY = """
            {"authInfo": {"authenticatedUsers": [{"user": "wenping", "db": "wenping"}],
              "authenticatedUserRoles": [{"role": "wenpingApp", "db": "wenping"}],
              "authenticatedUserPrivileges": [
                {"resource": {"db": "wenping", "collection": "event_commits"},
                 "actions": ["createIndex", "find", "insert", "listCollections", "listIndexes"]},
                {"resource": {"db": "wenping", "collection": "event_store_meta"}, "actions": ["find", "insert", "update"]},
                {"resource": {"db": "wenping", "collection": "matter_status"},
                 "actions": ["createCollection", "createIndex", "dropIndex", "find", "insert", "listCollections",
                             "listIndexes", "remove", "update"]},
                {"resource": {"db": "wenping", "collection": ""}, "actions": ["listCollections"]}]},
             "ok": 1.0}""";

    private static final String READ_WRITE = """
            {"authInfo": {"authenticatedUsers": [{"user": "wenping", "db": "admin"}],
              "authenticatedUserRoles": [{"role": "readWrite", "db": "wenping"}],
              "authenticatedUserPrivileges": [
                {"resource": {"db": "wenping", "collection": ""},
                 "actions": ["changeStream", "collStats", "convertToCapped", "createCollection", "createIndex",
                             "dbHash", "dbStats", "dropCollection", "dropIndex", "find", "insert", "killCursors",
                             "listCollections", "listIndexes", "listSearchIndexes", "planCacheRead", "remove",
                             "renameCollectionSameDB", "update"]},
                {"resource": {"db": "wenping", "collection": "system.js"}, "actions": ["find", "insert", "remove", "update"]}]},
             "ok": 1.0}""";

    private static final String ROOT = """
            {"authInfo": {"authenticatedUsers": [{"user": "root", "db": "admin"}],
              "authenticatedUserRoles": [{"role": "root", "db": "admin"}],
              "authenticatedUserPrivileges": [
                {"resource": {"cluster": true}, "actions": ["shutdown"]},
                {"resource": {"anyResource": true}, "actions": ["find", "insert", "remove", "update"]}]},
             "ok": 1.0}""";

    private static final String NO_AUTH = """
            {"authInfo": {"authenticatedUsers": [], "authenticatedUserRoles": [], "authenticatedUserPrivileges": []}, "ok": 1.0}""";

    @Test
    void theAppendOnlyRoleRaisesNoWarning() {
        assertThat(EventLogWriteAccess.warning(BsonDocument.parse(APPEND_ONLY), "wenping")).isNull();
    }

    @Test
    void readWriteOnTheWholeDatabaseIsNamedWithTheRoleScript() {
        String warning = EventLogWriteAccess.warning(BsonDocument.parse(READ_WRITE), "wenping");
        assertThat(warning).contains("event_commits", "dropCollection、remove、update", "ops/mongodb/wenping-role.js");
    }

    @Test
    void anyResourceAndNoAuthenticationAreWarnedOf() {
        assertThat(EventLogWriteAccess.warning(BsonDocument.parse(ROOT), "wenping")).contains("remove、update");
        assertThat(EventLogWriteAccess.warning(BsonDocument.parse(NO_AUTH), "wenping")).contains("未启用认证");
    }

    @Test
    void privilegesOnAnotherDatabaseDoNotCount() {
        assertThat(EventLogWriteAccess.warning(BsonDocument.parse(READ_WRITE.replace("\"db\": \"wenping\", \"collection\": \"\"",
                "\"db\": \"other\", \"collection\": \"\"")), "wenping")).isNull();
    }
}
