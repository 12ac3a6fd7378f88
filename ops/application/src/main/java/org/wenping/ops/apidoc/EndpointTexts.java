package org.wenping.ops.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The zh-CN texts of the description, from two tables: {@code apidoc/tags.tsv} (a tag per path prefix, the
 * longest prefix wins) and {@code apidoc/endpoints.tsv} (a summary and, where one helps, a description per
 * endpoint). The operations springdoc found get their tag and texts; its own tags (controller names) go.
 */
final class EndpointTexts {
    private record TagRow(String prefix, Tag tag) {
    }

    private record Texts(String summary, String description) {
    }

    /** Longest prefix first, so that the first that fits is the operation's tag. */
    private final List<TagRow> tags;
    /** As the table lists them, the order Swagger UI shows. */
    private final List<Tag> tagsInOrder;
    private final Map<String, Texts> texts;

    private EndpointTexts(List<TagRow> rows, Map<String, Texts> texts) {
        this.tags = rows.stream()
                .sorted(Comparator.comparingInt((TagRow row) -> row.prefix().length()).reversed()).toList();
        this.tagsInOrder = rows.stream().map(TagRow::tag).distinct().toList();
        this.texts = texts;
    }

    static EndpointTexts load() {
        List<TagRow> tags = Resources.rows("tags.tsv").stream()
                .map(row -> new TagRow(row.get(0), new Tag().name(row.get(1)).description(row.get(2))))
                .toList();
        Map<String, Texts> texts = new LinkedHashMap<>();
        for (List<String> row : Resources.rows("endpoints.tsv")) {
            texts.put(row.get(0), new Texts(row.get(1), row.size() > 2 && !row.get(2).isBlank() ? row.get(2) : null));
        }
        return new EndpointTexts(tags, texts);
    }

    void applyTo(OpenAPI api) {
        for (Endpoint endpoint : Endpoint.of(api)) {
            tags.stream().filter(row -> endpoint.path().startsWith(row.prefix())).findFirst()
                    .ifPresent(row -> endpoint.operation().setTags(List.of(row.tag().getName())));
            Texts found = texts.get(endpoint.key());
            if (found != null) {
                endpoint.operation().setSummary(found.summary());
                endpoint.operation().setDescription(found.description());
            }
        }
        api.setTags(tagsInOrder);
    }
}
