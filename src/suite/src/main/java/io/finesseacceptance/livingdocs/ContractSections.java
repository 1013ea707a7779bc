package io.finesseacceptance.livingdocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/finesse-contract.md read as sections: "§5" for a heading, "§5.1" for a numbered statement, each with its
 * title and the Cisco pages it cites. The site shows the contract as one page with an anchor per section, so a
 * step links straight to what it checks.
 */
public final class ContractSections {

    private static final Pattern HEADING = Pattern.compile("^## (§\\d+) (.+)$");
    private static final Pattern STATEMENT = Pattern.compile("^\\*\\*(§\\d+\\.\\d+)([^*]*)\\*\\*(.*)$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s,)`]+");
    private static final Pattern RELATIVE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\((?!https?:|#)([^)]+)\\)");

    /** @param ciscoPages the pages its "- Cisco:" lines cite */
    public record Section(String id, String title, List<String> ciscoPages) {

        /** The anchor on the contract page: "s5-1" for "§5.1". */
        public String anchor() {
            return "s" + id.substring(1).replace('.', '-');
        }

        public String link() {
            return ContractSections.PAGE + "#" + anchor();
        }

        int major() {
            return Integer.parseInt(id.substring(1).split("\\.")[0]);
        }
    }

    static final String PAGE = "contract.html";

    private final List<String> lines;
    private final Map<String, Section> sections;

    private ContractSections(List<String> lines, Map<String, Section> sections) {
        this.lines = lines;
        this.sections = sections;
    }

    public static ContractSections read(Path contract) {
        try {
            return parse(Files.readAllLines(contract));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the contract " + contract, unreadable);
        }
    }

    static ContractSections parse(List<String> lines) {
        Map<String, Section> sections = new LinkedHashMap<>();
        String id = null;
        String title = null;
        Set<String> pages = new LinkedHashSet<>();
        boolean inCisco = false;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            Matcher statement = STATEMENT.matcher(line);
            if (heading.matches() || statement.matches()) {
                if (id != null) {
                    sections.put(id, new Section(id, title, List.copyOf(pages)));
                }
                id = heading.matches() ? heading.group(1) : statement.group(1);
                title = heading.matches() ? heading.group(2).strip() : statementTitle(statement);
                pages = new LinkedHashSet<>();
                inCisco = false;
                continue;
            }
            if (line.startsWith("- ")) {
                inCisco = line.startsWith("- Cisco:");
            } else if (!line.startsWith("  ")) {
                inCisco = false;
            }
            if (inCisco && id != null) {
                Matcher url = URL.matcher(line);
                while (url.find()) {
                    pages.add(url.group().replaceAll("[.;]+$", ""));
                }
            }
        }
        if (id != null) {
            sections.put(id, new Section(id, title, List.copyOf(pages)));
        }
        return new ContractSections(List.copyOf(lines), sections);
    }

    /** The statement's bold title, or its first words: plain text, short enough for a link. */
    private static String statementTitle(Matcher statement) {
        String bold = statement.group(2).strip().replaceAll("[.:]$", "");
        String title = (bold.isEmpty() ? statement.group(3).strip() : bold).replaceAll("[*`]", "");
        return title.length() <= 60 ? title : title.substring(0, title.lastIndexOf(' ', 58)) + " …";
    }

    public Optional<Section> section(String id) {
        return Optional.ofNullable(sections.get(id));
    }

    public List<Section> all() {
        return List.copyOf(sections.values());
    }

    /**
     * Markdown lets `code` run over a line break, but the site's Markdown parser then reads its tags as HTML and
     * drops them: such lines are joined, which Markdown reads the same (a line break in a paragraph is a space).
     */
    static List<String> withCodeSpansOnOneLine(List<String> lines) {
        List<String> joined = new ArrayList<>();
        boolean fenced = false;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                joined.add(line);
                continue;
            }
            while (!fenced && backticks(line) % 2 == 1 && index + 1 < lines.size()
                    && !lines.get(index + 1).isBlank() && !lines.get(index + 1).strip().startsWith("```")) {
                line = line + " " + lines.get(++index).strip();
            }
            joined.add(line);
        }
        return joined;
    }

    private static long backticks(String line) {
        return line.chars().filter(c -> c == '`').count();
    }

    /**
     * The contract as a page of the site: an anchor at every section, and links to other files of the repository
     * (which the site does not carry) turned into the file's name.
     */
    public String asSitePage() {
        List<String> page = new ArrayList<>();
        for (String line : withCodeSpansOnOneLine(lines)) {
            Matcher heading = HEADING.matcher(line);
            Matcher statement = STATEMENT.matcher(line);
            String anchored = line;
            if (heading.matches()) {
                page.add("<a id=\"" + sections.get(heading.group(1)).anchor() + "\"></a>");
                page.add("");
            } else if (statement.matches()) {
                anchored = "<a id=\"" + sections.get(statement.group(1)).anchor() + "\"></a>" + line;
            }
            page.add(RELATIVE_LINK.matcher(anchored).replaceAll(link -> Matcher.quoteReplacement(
                    link.group(1) + " (`docs/" + link.group(2) + "` in the repository)")));
        }
        return String.join("\n", page) + "\n";
    }
}
