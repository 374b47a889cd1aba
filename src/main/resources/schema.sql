-- The pipeline's own tables (Spring Batch keeps its BATCH_* tables beside them). Written in the SQL
-- that H2 and PostgreSQL share, and idempotent, so it runs at every start-up.
-- run_id is the Spring Batch job instance id: a restarted run keeps it.

CREATE TABLE IF NOT EXISTS region (
    region_code VARCHAR(9) PRIMARY KEY,
    region_name VARCHAR(100) NOT NULL
);

-- DfE's register, one row per ONS code and the period it was in use.
CREATE TABLE IF NOT EXISTS local_authority (
    new_la_code      VARCHAR(9) PRIMARY KEY,
    old_la_code      VARCHAR(3) NOT NULL,
    la_name          VARCHAR(120) NOT NULL,
    operation_date   DATE NOT NULL,
    termination_date DATE,
    region_code      VARCHAR(9) NOT NULL
);

-- One row per input file per run: what was read, kept, rejected and taken from another source, and
-- the file's checksum. A run reads several inspection files, in order (source_order, from 1): a
-- judgement that more than one of them carries counts once, from the first.
CREATE TABLE IF NOT EXISTS source_file_load (
    run_id                 BIGINT NOT NULL,
    source_kind            VARCHAR(20) NOT NULL,
    source_order           INTEGER NOT NULL,
    file_name              VARCHAR(255) NOT NULL,
    file_path              VARCHAR(1000) NOT NULL,
    sha256                 VARCHAR(64) NOT NULL,
    charset                VARCHAR(20) NOT NULL,
    file_bytes             BIGINT NOT NULL,
    rows_read              BIGINT NOT NULL,
    rows_loaded            BIGINT NOT NULL,
    rows_rejected          BIGINT NOT NULL,
    rows_with_warnings     BIGINT NOT NULL,
    rows_from_other_source BIGINT NOT NULL,
    loaded_at              TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, source_kind, source_order)
);

-- Judgements as loaded (the table was called inspection before a run could read several files, and judgement
-- before it had a key of one column).
-- Grades: 1 outstanding, 2 good, 3 requires improvement, 4 inadequate, 0 not applicable (the
-- judgement did not exist at the time), NULL not given. Overall effectiveness is NULL for an
-- inspection under the arrangements of April 2026, which give no overall judgement.
-- key_date: when the inspection was carried out (start of fieldwork; the publication date stands in
-- where a source gives none, as for SIF). effective_date: when its report was published (the end or
-- start date stands in where a source gives no publication date).
-- held: the row's grades could not all be read; it waits for reconciliation, which counts the
-- same inspection from another source if one carries it, and otherwise rejects the row (its
-- problems are in held_problem).
-- row_key: the run, the file's place in it and the line, in one number (run_id * 2^44 + source_order * 2^32 +
-- line_number, as the check says; inspection.JudgementKey computes it). A key of one BIGINT column is the key of
-- the table's own tree in H2, where a key of three columns was a second tree beside it that every row inserted,
-- committed and deleted went through (a million rows inserted by a bare JDBC program: 14.0 s against 17.8 s).
-- Statements that find rows by run, file and line go through row_key; the three columns stay for the rest.
CREATE TABLE IF NOT EXISTS loaded_judgement (
    row_key               BIGINT NOT NULL PRIMARY KEY,
    run_id                BIGINT NOT NULL,
    source_order          INTEGER NOT NULL,
    source_file           VARCHAR(255) NOT NULL,
    line_number           BIGINT NOT NULL,
    old_la_code           VARCHAR(3) NOT NULL,
    new_la_code           VARCHAR(9) NOT NULL,
    framework             VARCHAR(5) NOT NULL,
    inspection_type       VARCHAR(40),
    key_date              DATE NOT NULL,
    start_date            DATE,
    end_date              DATE,
    publication_date      DATE,
    effective_date        DATE NOT NULL,
    overall_effectiveness SMALLINT,
    impact_of_leaders     SMALLINT,
    help_and_protection   SMALLINT,
    children_in_care      SMALLINT,
    care_leavers          SMALLINT,
    looked_after          SMALLINT,
    adoption              SMALLINT,
    leadership            SMALLINT,
    held                  BOOLEAN NOT NULL,
    CONSTRAINT loaded_judgement_key CHECK (
        source_order BETWEEN 1 AND 4095 AND line_number BETWEEN 0 AND 4294967295
        AND row_key = run_id * 17592186044416 + source_order * 4294967296 + line_number)
);
-- A store made before loaded_judgement keeps its rows: they are copied from judgement, which is then dropped. In
-- a newer store judgement is made here, empty and with the columns the copy reads, only to be dropped again (the
-- SQL that H2 and PostgreSQL share has no "if the table exists"). The copy skips rows already copied, so a start
-- killed between the copy and the drop copies nothing twice.
CREATE TABLE IF NOT EXISTS judgement AS
SELECT run_id, source_order, source_file, line_number, old_la_code, new_la_code, framework, inspection_type,
       key_date, start_date, end_date, publication_date, effective_date, overall_effectiveness, impact_of_leaders,
       help_and_protection, children_in_care, care_leavers, looked_after, adoption, leadership, held
FROM loaded_judgement
WHERE 1 = 0;
INSERT INTO loaded_judgement (row_key, run_id, source_order, source_file, line_number, old_la_code, new_la_code,
                              framework, inspection_type, key_date, start_date, end_date, publication_date,
                              effective_date, overall_effectiveness, impact_of_leaders, help_and_protection,
                              children_in_care, care_leavers, looked_after, adoption, leadership, held)
SELECT j.run_id * 17592186044416 + j.source_order * 4294967296 + j.line_number, j.run_id, j.source_order,
       j.source_file, j.line_number, j.old_la_code, j.new_la_code, j.framework, j.inspection_type, j.key_date,
       j.start_date, j.end_date, j.publication_date, j.effective_date, j.overall_effectiveness, j.impact_of_leaders,
       j.help_and_protection, j.children_in_care, j.care_leavers, j.looked_after, j.adoption, j.leadership, j.held
FROM judgement j
WHERE NOT EXISTS (SELECT 1 FROM loaded_judgement l
                  WHERE l.row_key = j.run_id * 17592186044416 + j.source_order * 4294967296 + j.line_number);
DROP TABLE judgement;
-- The identity of a row within its file, with its line: rows a file carries twice are found by one walk
-- along this index (sql/inspection-duplicates-select.sql). After the identity it holds every column the
-- history's pass and the latest judgements' aggregate read (the date published and the grades), so both walk
-- the index alone: H2 takes a column from the index entry when the entry has it, and otherwise looks the row up
-- in the table's own tree, one lookup an entry (a million rows: 1.8 s of computeHistory's 3.3 s). It is the
-- judgement table's judgement_by_authority, which had replaced judgement_file_identity (the identity and line
-- only) and judgement_identity; judgement_as_at (old_la_code, key_date) and judgement_published (old_la_code,
-- framework, publication_date, run_id) went before it, in no statement's plan or served by this one.
CREATE INDEX IF NOT EXISTS loaded_judgement_by_authority
    ON loaded_judgement (old_la_code, framework, key_date, run_id, source_order, line_number, effective_date,
                         overall_effectiveness, impact_of_leaders, help_and_protection, children_in_care,
                         care_leavers, looked_after, adoption, leadership);

-- The problems of a held row, written to rejected_row if no other source carries its inspection.
CREATE TABLE IF NOT EXISTS held_problem (
    run_id       BIGINT NOT NULL,
    source_order INTEGER NOT NULL,
    line_number  BIGINT NOT NULL,
    column_name  VARCHAR(255) NOT NULL,
    cell_value   VARCHAR(500) NOT NULL,
    reason       VARCHAR(500) NOT NULL
);
CREATE INDEX IF NOT EXISTS held_problem_lines ON held_problem (run_id, source_order, line_number);

-- Rows not counted because an earlier file of the run (or, for a held row, any file) carries the
-- same inspection: the row kept is named, so every row read is accounted for.
CREATE TABLE IF NOT EXISTS source_overlap (
    run_id            BIGINT NOT NULL,
    source_order      INTEGER NOT NULL,
    line_number       BIGINT NOT NULL,
    kept_source_order INTEGER NOT NULL,
    kept_line_number  BIGINT NOT NULL,
    PRIMARY KEY (run_id, source_order, line_number)
);

-- Rows an updated file no longer carries, removed from the store by that run.
CREATE TABLE IF NOT EXISTS removed_inspection (
    run_id                BIGINT NOT NULL,
    source_file           VARCHAR(255) NOT NULL,
    old_la_code           VARCHAR(3) NOT NULL,
    framework             VARCHAR(5) NOT NULL,
    key_date              DATE NOT NULL,
    effective_date        DATE NOT NULL,
    overall_effectiveness SMALLINT,
    loaded_by_run         BIGINT NOT NULL
);
ALTER TABLE removed_inspection ALTER COLUMN overall_effectiveness DROP NOT NULL;

CREATE TABLE IF NOT EXISTS rejected_row (
    run_id      BIGINT NOT NULL,
    source_kind VARCHAR(20) NOT NULL,
    source_file VARCHAR(255) NOT NULL,
    line_number BIGINT NOT NULL,
    column_name VARCHAR(255) NOT NULL,
    cell_value  VARCHAR(500) NOT NULL,
    reason      VARCHAR(500) NOT NULL
);
-- By line too: each chunk clears its own lines before writing (a restart may write it again), and
-- without the line an import of n chunks would scan the run's rejections n times.
DROP INDEX IF EXISTS rejected_row_run;
DROP INDEX IF EXISTS rejected_row_lines;
CREATE INDEX IF NOT EXISTS rejected_row_file_lines ON rejected_row (run_id, source_kind, source_file, line_number);

-- Rows loaded after reconciling a fault (a predecessor's ONS code, an unreadable framework).
CREATE TABLE IF NOT EXISTS row_warning (
    run_id      BIGINT NOT NULL,
    source_kind VARCHAR(20) NOT NULL,
    source_file VARCHAR(255) NOT NULL,
    line_number BIGINT NOT NULL,
    column_name VARCHAR(255) NOT NULL,
    cell_value  VARCHAR(500) NOT NULL,
    reason      VARCHAR(500) NOT NULL
);
DROP INDEX IF EXISTS row_warning_run;
DROP INDEX IF EXISTS row_warning_lines;
CREATE INDEX IF NOT EXISTS row_warning_file_lines ON row_warning (run_id, source_kind, source_file, line_number);

-- Where a row taken from another file differs from the row counted (a grade, a date): listed in the
-- data-quality table with both values, files and lines.
CREATE TABLE IF NOT EXISTS source_disagreement (
    run_id      BIGINT NOT NULL,
    source_kind VARCHAR(20) NOT NULL,
    source_file VARCHAR(255) NOT NULL,
    line_number BIGINT NOT NULL,
    column_name VARCHAR(255) NOT NULL,
    cell_value  VARCHAR(500) NOT NULL,
    reason      VARCHAR(1000) NOT NULL
);
CREATE INDEX IF NOT EXISTS source_disagreement_run ON source_disagreement (run_id);

-- Each authority's latest judgement as at the run's reporting date: the run's statistics are
-- computed from this snapshot, and the next run compares its own snapshot with it.
CREATE TABLE IF NOT EXISTS latest_judgement (
    run_id                BIGINT NOT NULL,
    old_la_code           VARCHAR(3) NOT NULL,
    new_la_code           VARCHAR(9) NOT NULL,
    framework             VARCHAR(5) NOT NULL,
    inspection_type       VARCHAR(40),
    start_date            DATE,
    end_date              DATE,
    publication_date      DATE,
    effective_date        DATE NOT NULL,
    overall_effectiveness SMALLINT,
    impact_of_leaders     SMALLINT,
    help_and_protection   SMALLINT,
    children_in_care      SMALLINT,
    care_leavers          SMALLINT,
    looked_after          SMALLINT,
    adoption              SMALLINT,
    leadership            SMALLINT,
    source_file           VARCHAR(255) NOT NULL,
    line_number           BIGINT NOT NULL,
    PRIMARY KEY (run_id, old_la_code)
);
-- Since April 2026 an authority's latest inspection may give no overall judgement: the last one
-- that did is kept beside it (shown, no longer counted as current). Stores made before then gain
-- the columns here.
ALTER TABLE latest_judgement ALTER COLUMN overall_effectiveness DROP NOT NULL;
ALTER TABLE latest_judgement ADD COLUMN IF NOT EXISTS last_overall SMALLINT;
ALTER TABLE latest_judgement ADD COLUMN IF NOT EXISTS last_overall_inspected DATE;
ALTER TABLE latest_judgement ADD COLUMN IF NOT EXISTS last_overall_published DATE;

-- The trend and the improvement journeys of a run, worked out by its computeHistory step from one
-- ordered pass over the stored judgements (statistics.HistorySummary) and kept per run, as
-- latest_judgement is, so the report's tables read them instead of the whole store. Grades as in
-- judgement (1 to 4); era, judgement area and framework are the names of their enums.
-- The trend's dates: each 31 March with its publication cut-off, then the reporting date.
CREATE TABLE IF NOT EXISTS trend_point (
    run_id       BIGINT NOT NULL,
    as_at        DATE NOT NULL,
    published_by DATE NOT NULL,
    PRIMARY KEY (run_id, as_at)
);
-- Authorities counted on a date by region, arrangements, area and grade (NULL: the authorities whose
-- latest inspection, of the 2026 arrangements, gave no overall judgement); absent where none.
CREATE TABLE IF NOT EXISTS trend_count (
    run_id         BIGINT NOT NULL,
    as_at          DATE NOT NULL,
    region_code    VARCHAR(9) NOT NULL,
    era            VARCHAR(20) NOT NULL,
    judgement_area VARCHAR(30) NOT NULL,
    grade          SMALLINT,
    authorities    BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS trend_count_run ON trend_count (run_id, as_at);
-- Consecutive pairs of overall judgements of one authority, counted by frameworks and grades.
CREATE TABLE IF NOT EXISTS judgement_transition (
    run_id         BIGINT NOT NULL,
    from_framework VARCHAR(5) NOT NULL,
    from_grade     SMALLINT NOT NULL,
    to_framework   VARCHAR(5) NOT NULL,
    to_grade       SMALLINT NOT NULL,
    transitions    BIGINT NOT NULL,
    PRIMARY KEY (run_id, from_framework, from_grade, to_framework, to_grade)
);
-- Every inadequate overall judgement with the grades before and after it, in the pass's order
-- (authority, then date): judgement_order keeps it.
CREATE TABLE IF NOT EXISTS inadequate_judgement (
    run_id          BIGINT NOT NULL,
    judgement_order INTEGER NOT NULL,
    old_la_code     VARCHAR(3) NOT NULL,
    framework       VARCHAR(5) NOT NULL,
    published       DATE NOT NULL,
    previous_grade  SMALLINT,
    next_grade      SMALLINT,
    next_published  DATE,
    PRIMARY KEY (run_id, judgement_order)
);

-- At most one run at a time per store: the row names its owner, which refreshes heartbeat_at while
-- it runs. An owner whose process is gone (or whose heartbeat stopped) no longer holds the lock.
CREATE TABLE IF NOT EXISTS run_lock (
    lock_name    VARCHAR(40) PRIMARY KEY,
    owner_token  VARCHAR(64) NOT NULL,
    host         VARCHAR(255) NOT NULL,
    pid          BIGINT NOT NULL,
    started_at   TIMESTAMP NOT NULL,
    heartbeat_at TIMESTAMP NOT NULL
);

-- Runs whose report was published: the next run reports what changed since the last of these.
CREATE TABLE IF NOT EXISTS published_run (
    run_id           BIGINT PRIMARY KEY,
    job_execution_id BIGINT NOT NULL,
    as_of            DATE NOT NULL,
    published_at     TIMESTAMP NOT NULL
);

-- Children's social care spend as loaded, one row per authority and financial year (the year it
-- starts in: 2021 is 2021 to 2022), in pounds; NULL where the file gave no figure. The identifiers
-- are kept as given. A row whose authority matched none that existed in the year keeps old_la_code
-- NULL and says why (unmatched_reason, a finance.ReconciliationReason), so the report can list it.
CREATE TABLE IF NOT EXISTS spend (
    run_id            BIGINT NOT NULL,
    source_file       VARCHAR(255) NOT NULL,
    line_number       BIGINT NOT NULL,
    given_old_la_code VARCHAR(120),
    given_new_la_code VARCHAR(120),
    given_la_name     VARCHAR(120),
    old_la_code       VARCHAR(3),
    new_la_code       VARCHAR(9),
    unmatched_reason  VARCHAR(30),
    unmatched_detail  VARCHAR(1000),
    financial_year    INTEGER NOT NULL,
    budget_gbp        NUMERIC(18, 2),
    outturn_gbp       NUMERIC(18, 2),
    overspend_gbp     NUMERIC(18, 2),
    PRIMARY KEY (run_id, line_number)
);
CREATE INDEX IF NOT EXISTS spend_identity ON spend (old_la_code, financial_year);
-- The run, an authority's year, then the line: the delete of a year given twice (sql/spend-duplicates-delete.sql)
-- finds another line of the same year in one step into it.
CREATE INDEX IF NOT EXISTS spend_by_identity ON spend (run_id, old_la_code, financial_year, line_number);

-- Ofsted's in-year activity as loaded from a visits file: monitoring visits of authorities judged
-- inadequate and focused visits, with their theme, one row per visit; the file's standard and short
-- inspection rows are kept with their type (visit_type) so every row is accounted for, but they are
-- not inspections here: judgements come from the inspection files. key_date: when the visit was made
-- (the publication date stands in where the file gives none). financial_year: the year it starts in
-- (2021 is 2021 to 2022), as the file gives it (Ofsted's in-year windows), else from key_date.
CREATE TABLE IF NOT EXISTS visit (
    run_id           BIGINT NOT NULL,
    source_file      VARCHAR(255) NOT NULL,
    line_number      BIGINT NOT NULL,
    old_la_code      VARCHAR(3) NOT NULL,
    new_la_code      VARCHAR(9) NOT NULL,
    visit_type       VARCHAR(30) NOT NULL,
    visit_date       DATE,
    publication_date DATE,
    key_date         DATE NOT NULL,
    financial_year   INTEGER NOT NULL,
    theme            VARCHAR(200),
    PRIMARY KEY (run_id, line_number)
);
-- A visit's identity, then its line: the search for later copies of a visit (sql/visit-duplicates-*.sql) finds
-- an earlier line of the same visit in this index. visit_identity, without the line, left H2 to search every
-- earlier line of the file through the key instead, for every row: a file of one visit written 20,000 times
-- took 398 s to reconcile.
DROP INDEX IF EXISTS visit_identity;
CREATE INDEX IF NOT EXISTS visit_by_identity ON visit (run_id, old_la_code, visit_type, key_date, line_number);
