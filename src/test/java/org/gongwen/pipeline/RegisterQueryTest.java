package org.gongwen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.model.Commitment;
import org.gongwen.model.DocRef;
import org.gongwen.model.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterQueryTest {
    @TempDir
    Path out;

    private static Register.Entry entry(String id, String owner, String deadline, String docNumber) {
        Commitment c = new Commitment("target", "text " + id, "metric", null, ">=", BigDecimal.TEN, null, "项",
                deadline, null, owner, null, 0, 4);
        return new Register.Entry(id, c, new DocRef(id, docNumber, "title", "2022-11-21", id + ".txt"), List.of());
    }

    private String query(RegisterQuery q) throws Exception {
        Register register = new Register(List.of(entry("a", "国资委", "2025", "云产改办〔2022〕16号"),
                entry("b", "省总工会", "2023-06-30", "云政发〔2023〕1号"), entry("c", null, null, null)));
        Publisher.writeRegister(Publisher.registerFiles(register), Publisher.registerDir(out));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        q.run(out, "json", bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void filtersByOwnerDeadlineAndDocument() throws Exception {
        assertThat(query(new RegisterQuery("国资委", null, null))).contains("\"a\"").doesNotContain("\"id\" : \"b\"");
        assertThat(query(new RegisterQuery(null, "2024-01-01", null))).contains("\"id\" : \"b\"")
                .doesNotContain("\"id\" : \"a\"").doesNotContain("\"id\" : \"c\"");
        assertThat(query(new RegisterQuery(null, "2026-01-01", null))).contains("\"id\" : \"a\"", "\"id\" : \"b\"");
        assertThat(query(new RegisterQuery(null, null, "云产改办 〔2022〕16号"))).contains("\"id\" : \"a\"")
                .doesNotContain("\"id\" : \"b\"");
    }

    @Test
    void aMissingRegisterIsReported() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new RegisterQuery(null, null, null).run(out.resolve("none"), "md", new ByteArrayOutputStream()))
                .isInstanceOf(NoSuchFileException.class);
    }
}
