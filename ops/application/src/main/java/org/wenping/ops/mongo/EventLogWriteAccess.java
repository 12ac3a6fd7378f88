package org.wenping.ops.mongo;

import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.wenping.ops.store.EventStoreCollections;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the connected database user can change the event log: the actions of {@code connectionStatus}
 * (with {@code showPrivileges: true}) that update, remove or drop on the event collection, directly, on every
 * collection of the database, or on any resource. Without authentication anybody can; that is reported too.
 */
final class EventLogWriteAccess {
    static final String ROLE_SCRIPT = "ops/mongodb/wenping-role.js";
    private static final List<String> TAMPERING = List.of("update", "remove", "dropCollection");

    private EventLogWriteAccess() {
    }

    /** The warning to log, or null when the user can only find and insert on the event collection. */
    static String warning(BsonDocument connectionStatus, String database) {
        BsonDocument auth = connectionStatus.getDocument("authInfo", new BsonDocument());
        if (auth.getArray("authenticatedUsers", new BsonArray()).isEmpty()) {
            return "数据库未启用认证,任何连接者都能改动或删除事件集合 " + EventStoreCollections.COMMITS
                    + ";请启用认证并以 " + ROLE_SCRIPT + " 创建的角色连接";
        }
        Set<String> actions = tamperingActions(auth.getArray("authenticatedUserPrivileges", new BsonArray()), database);
        if (actions.isEmpty()) return null;
        return "数据库用户可以对事件集合 " + EventStoreCollections.COMMITS + " 执行 " + String.join("、", actions)
                + ":已写入的事件可被改动或删除(校验能发现,但不应允许);请改用 " + ROLE_SCRIPT + " 创建的只追加角色";
    }

    static Set<String> tamperingActions(BsonArray privileges, String database) {
        Set<String> found = new TreeSet<>();
        for (BsonValue value : privileges) {
            BsonDocument privilege = value.asDocument();
            if (!coversEventLog(privilege.getDocument("resource", new BsonDocument()), database)) continue;
            for (BsonValue action : privilege.getArray("actions", new BsonArray())) {
                if (TAMPERING.contains(action.asString().getValue())) found.add(action.asString().getValue());
            }
        }
        return found;
    }

    private static boolean coversEventLog(BsonDocument resource, String database) {
        if (resource.getBoolean("anyResource", BsonBoolean.FALSE).getValue()) return true;
        if (!resource.containsKey("db") || !resource.containsKey("collection")) return false;
        String db = resource.getString("db").getValue();
        String collection = resource.getString("collection").getValue();
        return (db.isEmpty() || db.equals(database))
                && (collection.isEmpty() || collection.equals(EventStoreCollections.COMMITS));
    }
}
