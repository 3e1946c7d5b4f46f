import GRDB

extension Store {
  /// Migration names in order. Append only: never edit or remove a shipped migration.
  static let migrationNames = [
    "v1-cards-reviews-sessions", "v2-stories", "v3-review-state-before", "v4-mock-interviews",
    "v5-practice-days", "v6-area-days", "v7-review-views", "v8-mock-rounds-done",
    "v9-interview-plans",
  ]

  /// The one migrator that owns the schema.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-cards-reviews-sessions") { db in
      try db.create(table: "card") { t in
        t.primaryKey("question_id", .text)
        t.column("state", .integer).notNull().defaults(to: 0)
        t.column("step", .integer)
        t.column("stability", .double)
        t.column("difficulty", .double)
        t.column("due", .double)
        t.column("last_review", .double)
        t.column("reps", .integer).notNull().defaults(to: 0)
        t.column("lapses", .integer).notNull().defaults(to: 0)
        t.column("suspended", .boolean).notNull().defaults(to: false)
        t.column("leech", .boolean).notNull().defaults(to: false)
        t.column("retired", .boolean).notNull().defaults(to: false)
        t.column("added_at", .double).notNull()
      }
      try db.create(index: "card_due", on: "card", columns: ["due"])

      try db.create(table: "session") { t in
        t.primaryKey("id", .text)
        t.column("kind", .text).notNull()
        t.column("started_at", .double).notNull()
        t.column("ended_at", .double)
        t.column("filters", .text)
      }

      try db.create(table: "review") { t in
        t.primaryKey("id", .text)
        t.column("question_id", .text).notNull()
        t.column("reviewed_at", .double).notNull()
        t.column("rating", .integer).notNull()
        t.column("suggested_rating", .integer)
        t.column("duration_ms", .integer)
        t.column("elapsed_days", .integer)
        t.column("retrievability", .double).notNull()
        t.column("stability", .double).notNull()
        t.column("difficulty", .double).notNull()
        t.column("state", .integer).notNull()
        t.column("step", .integer)
        t.column("due", .double).notNull()
        t.column("interval_days", .integer)
        t.column("session_id", .text)
        t.column("answer", .text)
        t.column("coverage", .double)
        t.column("score", .double)
        t.column("cram", .boolean).notNull().defaults(to: false)
        t.column("source", .text).notNull()
      }
      try db.create(
        index: "review_question_time", on: "review", columns: ["question_id", "reviewed_at"])
      try db.create(index: "review_time", on: "review", columns: ["reviewed_at"])
      // The log is append-only: forbid changing a review's rating or time once written.
      try db.execute(
        sql: """
          CREATE TRIGGER review_is_append_only BEFORE UPDATE OF reviewed_at, rating, cram ON review
          BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
          CREATE TRIGGER review_is_never_deleted BEFORE DELETE ON review
          BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
          """)

      try db.create(table: "review_undo") { t in
        t.primaryKey("review_id", .text).references("review")
        t.column("undone_at", .double).notNull()
      }

      try db.create(table: "card_rename") { t in
        t.primaryKey("old_id", .text)
        t.column("new_id", .text).notNull()
        t.column("renamed_at", .double).notNull()
      }

      try db.create(table: "meta") { t in
        t.primaryKey("key", .text)
        t.column("value", .text).notNull()
      }
    }
    migrator.registerMigration("v2-stories") { db in
      try db.create(table: "story") { t in
        t.primaryKey("id", .text)
        t.column("created_at", .double).notNull()
        t.column("deleted_at", .double)
      }
      // Every save is a new row; the latest version is the story.
      try db.create(table: "story_version") { t in
        t.column("story_id", .text).notNull().references("story")
        t.column("version", .integer).notNull()
        t.column("saved_at", .double).notNull()
        t.column("title", .text).notNull()
        t.column("company", .text).notNull()
        t.column("role", .text).notNull()
        t.column("when_text", .text).notNull()
        t.column("situation", .text).notNull()
        t.column("task", .text).notNull()
        t.column("action", .text).notNull()
        t.column("result", .text).notNull()
        t.column("learning", .text).notNull()
        t.column("metrics", .text).notNull()
        t.column("competencies", .text).notNull()
        t.primaryKey(["story_id", "version"])
      }
    }
    migrator.registerMigration("v3-review-state-before") { db in
      // The state a card was in before each review, for true retention; filled for existing
      // rows from the state the previous active review left.
      try db.alter(table: "review") { t in
        t.add(column: "state_before", .integer).notNull().defaults(to: 0)
      }
      try db.execute(
        sql: """
          UPDATE review SET state_before = coalesce((
            SELECT p.state FROM review p
            WHERE p.question_id = review.question_id AND p.cram = 0
              AND p.id NOT IN (SELECT review_id FROM review_undo)
              AND (p.reviewed_at < review.reviewed_at OR (p.reviewed_at = review.reviewed_at AND p.id < review.id))
            ORDER BY p.reviewed_at DESC, p.id DESC LIMIT 1), 0)
          """)
      try db.create(
        index: "review_state_before_time", on: "review", columns: ["state_before", "reviewed_at"])
    }
    migrator.registerMigration("v4-mock-interviews") { db in
      // One row per mock loop: its plan (question ids per round) so it can be resumed, and
      // its scorecard once finished.
      try db.create(table: "mock") { t in
        t.primaryKey("id", .text)
        t.column("loop", .text).notNull()
        t.column("plan", .text).notNull()
        t.column("minutes_scale", .double).notNull()
        t.column("started_at", .double).notNull()
        t.column("ended_at", .double)
        t.column("scorecard", .text)
      }
    }
    migrator.registerMigration("v5-practice-days") { db in
      // Reviews per study day, kept as reviews are written; filled from the log on first open.
      try db.create(table: "practice_day") { t in
        t.primaryKey("day", .integer)
        t.column("reviews", .integer).notNull()
      }
      try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('practice_days', 'rebuild')")
    }
    migrator.registerMigration("v6-area-days") { db in
      // Review totals per stats area (category, topic, theme) and study day, kept as reviews
      // are written, so stats and weak areas never scan the log. Rebuilt from the log when the
      // banks' areas change (see Store.refreshAreaDays).
      try db.alter(table: "review") { t in t.add(column: "areas", .text) }
      try db.create(table: "area_day", options: .withoutRowID) { t in
        t.column("area", .text).notNull()
        t.column("day", .integer).notNull()
        for name in [
          "reviews", "again", "rating_sum", "mature", "mature_again", "first_mature",
          "first_mature_again", "cov_n", "score_n",
        ] {
          t.column(name, .integer).notNull().defaults(to: 0)
        }
        t.column("cov_sum", .double).notNull().defaults(to: 0)
        t.column("score_sum", .double).notNull().defaults(to: 0)
        t.primaryKey(["area", "day"])
      }
    }
    migrator.registerMigration("v7-review-views") { db in
      // The length of a typed answer, kept even when the answer text is not (keep_answers:
      // false), for the mock scorecard's Communication score.
      try db.alter(table: "review") { t in
        t.add(column: "words", .integer)
        // What the grader found for each item and which items the user flipped, as JSON, so
        // grading errors can be studied later.
        t.add(column: "grading", .text)
      }
      // What counts, defined once: a kept review is one not taken back with :undo; an active
      // review is a kept one that is not cram (the ones that schedule cards and feed stats).
      try db.execute(
        sql: """
          CREATE VIEW kept_review AS SELECT * FROM review
            WHERE NOT EXISTS (SELECT 1 FROM review_undo u WHERE u.review_id = review.id);
          CREATE VIEW active_review AS SELECT * FROM kept_review WHERE cram = 0;
          """)
    }
    migrator.registerMigration("v8-mock-rounds-done") { db in
      // How many rounds of a mock are closed (finished, or their time ran out), so a resumed
      // mock continues in the round where it paused, not in one whose time is over.
      try db.alter(table: "mock") { t in
        t.add(column: "rounds_done", .integer).notNull().defaults(to: 0)
      }
    }
    migrator.registerMigration("v9-interview-plans") { db in
      // Interviews the user is preparing for: the nearest upcoming one steers the drill.
      try db.create(table: "interview_plan") { t in
        t.primaryKey("id", .text)
        t.column("date", .text).notNull()
        t.column("loop", .text)
        t.column("minutes_per_day", .integer)
        t.column("focus", .text).notNull()
        t.column("target", .double).notNull()
        t.column("created_at", .double).notNull()
        t.column("removed_at", .double)
      }
    }
    return migrator
  }
}
