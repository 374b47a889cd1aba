package org.ratingspipeline.authority;

import java.sql.Date;
import java.util.List;
import org.ratingspipeline.common.SqlScripts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Copies the register into the store, so the statistics' SQL can join to it. */
@Component
public class RegisterTable {

    private final JdbcTemplate jdbc;
    private final AuthorityRegister register;
    private final SqlScripts sql;

    public RegisterTable(JdbcTemplate jdbc, AuthorityRegister register, SqlScripts sql) {
        this.jdbc = jdbc;
        this.register = register;
        this.sql = sql;
    }

    @Transactional
    public int refresh() {
        jdbc.update(sql.get("register-delete"));
        jdbc.update(sql.get("region-delete"));
        List<Object[]> regions =
                register.englishRegions().stream().map(r -> new Object[] {r.code(), r.name()}).toList();
        jdbc.batchUpdate(sql.get("region-insert"), regions);
        List<Object[]> rows = register.all().stream().map(a -> new Object[] {a.newCode(), a.oldCode(), a.name(),
                Date.valueOf(a.operationDate()), a.terminationDate() == null ? null : Date.valueOf(a.terminationDate()),
                a.regionCode()}).toList();
        jdbc.batchUpdate(sql.get("local-authority-insert"), rows);
        return rows.size();
    }
}
