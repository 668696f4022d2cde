import GRDB

/// The plan book's tables, made by versioned migrations. A migration, once released, never
/// changes: a new need is a new migration at the end of the list.
///
/// | Table | One row per |
/// |---|---|
/// | `book` | the book: its plan year |
/// | `version` | published version: number, date, note, the full plan.json, the plan file's fingerprint |
/// | `draft` | the current draft (at most one): the day it was made and the version it is based on |
/// | `forum` | forum in a version (version 0 is the draft): details, status, SEQUENCE, fingerprint, first announcement, reason, the event as shown (JSON) |
/// | `staff_event` | staff event in a version (0 is the draft): details, status, SEQUENCE, fingerprint |
/// | `decision` | coordinator's cancellation or move, with its reason and the version it followed |
/// | `change` | change to a forum that a version published, in plain English |
enum BookSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-versions") { db in
            try db.execute(sql: """
                CREATE TABLE book (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    plan_year INTEGER NOT NULL
                );
                CREATE TABLE version (
                    number INTEGER PRIMARY KEY CHECK (number >= 1),
                    published_on TEXT NOT NULL,
                    note TEXT NOT NULL,
                    plan_json TEXT NOT NULL,
                    plan_file_hash TEXT NOT NULL
                );
                CREATE TABLE draft (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    made_on TEXT NOT NULL,
                    based_on INTEGER NOT NULL,
                    plan_json TEXT NOT NULL,
                    plan_file_hash TEXT NOT NULL
                );
                CREATE TABLE forum (
                    version INTEGER NOT NULL,
                    forum_id TEXT NOT NULL,
                    round INTEGER NOT NULL,
                    area TEXT NOT NULL,
                    area_name TEXT NOT NULL,
                    mode TEXT NOT NULL CHECK (mode IN ('virtual', 'in-person')),
                    date TEXT NOT NULL,
                    start TEXT NOT NULL,
                    "end" TEXT NOT NULL,
                    venue TEXT,
                    venue_name TEXT,
                    facilitators TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
                    sequence INTEGER NOT NULL CHECK (sequence >= 0),
                    fingerprint TEXT NOT NULL,
                    first_date TEXT,
                    first_start TEXT,
                    first_mode TEXT,
                    first_venue TEXT,
                    first_venue_name TEXT,
                    reason TEXT,
                    shown TEXT,
                    PRIMARY KEY (version, forum_id)
                );
                CREATE TABLE staff_event (
                    version INTEGER NOT NULL,
                    event_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    round INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    start TEXT,
                    "end" TEXT,
                    title TEXT NOT NULL,
                    detail TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
                    sequence INTEGER NOT NULL CHECK (sequence >= 0),
                    fingerprint TEXT NOT NULL,
                    PRIMARY KEY (version, event_id)
                );
                """)
        }
        migrator.registerMigration("v2-decisions") { db in
            try db.execute(sql: """
                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('cancel', 'move')),
                    forum_id TEXT NOT NULL,
                    decided_on TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    after_version INTEGER NOT NULL,
                    date TEXT,
                    start TEXT,
                    mode TEXT,
                    venue TEXT
                );
                CREATE TABLE change (
                    version INTEGER NOT NULL REFERENCES version(number),
                    position INTEGER NOT NULL,
                    forum_id TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('added', 'moved', 'cancelled')),
                    text TEXT NOT NULL,
                    PRIMARY KEY (version, position)
                );
                """)
        }
        return migrator
    }

    /// Every migration this version of the tool knows, oldest first.
    static var known: [String] { migrator.migrations }
}
