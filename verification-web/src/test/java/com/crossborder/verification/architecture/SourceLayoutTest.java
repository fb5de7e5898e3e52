package com.crossborder.verification.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the formatter does not check: a type is named by its import, never spelled out inline. (Spotless formats the
 * layout and orders the imports; a fully qualified name in code would pass it.)
 */
class SourceLayoutTest {

    /** A qualified type name in code: lower-case package parts, then a capitalised type. */
    private static final Pattern INLINE_NAME =
            Pattern.compile("(?<![\\w.\"])(?:java|javax|jakarta|com|org)(?:\\.[a-z0-9_]+)+\\.[A-Z]\\w*");

    private static final Pattern STRING_OR_CHAR = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

    private static List<Path> sources() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        for (String module : List.of("verification-domain", "verification-batch", "verification-web")) {
            try (Stream<Path> walk = Files.walk(root.resolve(module).resolve("src"))) {
                walk.filter(file -> file.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void noTypeIsNamedByItsFullyQualifiedNameInCode() throws IOException {
        List<Path> files = sources();
        assertTrue(
                files.size() > 100,
                "the sources were not found from " + Path.of("").toAbsolutePath());
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            boolean inComment = false;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (inComment) {
                    inComment = !line.contains("*/");
                    continue;
                }
                if (line.startsWith("/*")) {
                    inComment = !line.contains("*/");
                    continue;
                }
                if (line.startsWith("import ")
                        || line.startsWith("package ")
                        || line.startsWith("//")
                        || line.startsWith("*")) {
                    continue;
                }
                String code = STRING_OR_CHAR.matcher(line).replaceAll("\"\"");
                int comment = code.indexOf("//");
                if (comment >= 0) {
                    code = code.substring(0, comment);
                }
                if (INLINE_NAME.matcher(code).find()) {
                    found.add(file.getFileName() + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertEquals(List.of(), found, "import these types instead of naming them inline");
    }
}
