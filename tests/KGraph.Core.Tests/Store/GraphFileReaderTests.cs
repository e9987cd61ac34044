using KGraph.Model;
using KGraph.Store;

namespace KGraph.Core.Tests.Store;

public class GraphFileReaderTests
{
    [Fact]
    public void A_complete_file_reads_into_the_model()
    {
        var (file, problems) = Some.Read("""
            kgraph: 1
            documents:
              - {id: d1, title: Grok, published: 2024-03, lang: en, path: a.txt}
            entities:
              - id: elon-musk
                type: Person
                name: Elon Musk
                names: {zh: 埃隆·马斯克, en: Elon Musk}
                aliases: [马斯克, Musk]
                external: {wikidata: Q317521}
                props: {born: 1971, height: 1.88, verified: true, note: "1971"}
                mentions:
                  - {doc: d1, span: [0, 4], text: Musk}
            relationships:
              - from: elon-musk
                type: FOUNDED
                to: xai
                start: 2023-03
                role: founder
                props: {amount: 44000000, currency: USD}
                confidence: 0.85
                evidence:
                  - {doc: d1, span: [0, 20], quote: Musk founded xAI in, rule: en.founded}
            """, DataLayer.Extracted);

        Assert.Empty(problems);
        var entity = Assert.Single(file!.Entities).Value;
        Assert.Equal(["马斯克", "Musk"], entity.Aliases);
        Assert.Equal("埃隆·马斯克", entity.Names["zh"]);
        Assert.Equal(1971L, entity.Props["born"].Value);
        Assert.Equal(1.88, entity.Props["height"].Value);
        Assert.Equal(true, entity.Props["verified"].Value);
        Assert.Equal("1971", entity.Props["note"].Value);
        Assert.Equal(new Mention("d1", new TextSpan(0, 4), "Musk"), Assert.Single(entity.Mentions));

        var rel = Assert.Single(file.Relationships).Value;
        Assert.Equal("elon-musk.founded.xai.2023-03", rel.Id);
        Assert.Equal(new PartialDate(2023, 3), rel.Start);
        Assert.Equal(RelationshipStatus.Extracted, rel.Status);
        Assert.Equal(0.85, rel.Confidence);
        Assert.Equal(44000000L, rel.Props["amount"].Value);
        Assert.Equal(new Evidence("d1", new TextSpan(0, 20), "Musk founded xAI in", "en.founded"), Assert.Single(rel.Evidence));
        Assert.Equal(new Document("d1", "Grok", null, new PartialDate(2024, 3), "en", "a.txt"), Assert.Single(file.Documents).Value);
    }

    [Fact]
    public void Relationships_in_curated_files_default_to_reviewed()
    {
        var (file, _) = Some.Read("kgraph: 1\nrelationships:\n  - {from: a, type: SUED, to: b}\n");
        Assert.Equal(RelationshipStatus.Reviewed, file!.Relationships[0].Value.Status);
    }

    [Fact]
    public void Symmetric_relationships_get_the_same_id_in_either_direction()
    {
        var (file, _) = Some.Read("kgraph: 1\nrelationships:\n  - {from: xai, type: COMPETES_WITH, to: openai}\n");
        Assert.Equal("openai.competes_with.xai", file!.Relationships[0].Value.Id);
    }

    [Fact]
    public void An_unknown_key_suggests_the_closest_known_key()
    {
        Assert.Equal(["t.yaml:5:5: unknown key 'nmae' in entity; did you mean 'name'?"],
            Some.Messages("kgraph: 1\nentities:\n  - id: a\n    type: Person\n    nmae: A\n    name: A\n"));
    }

    [Fact]
    public void An_unknown_key_far_from_any_known_key_lists_the_allowed_ones()
    {
        Assert.Equal(["t.yaml:2:1: unknown key 'people' in file (allowed: kgraph, documents, entities, relationships)"],
            Some.Messages("kgraph: 1\npeople: []\n"));
    }

    [Fact]
    public void A_bidi_override_is_refused_wherever_text_is_shown_with_its_position()
    {
        Assert.Equal([
                "t.yaml:3:33: 'name' holds U+202E RIGHT-TO-LEFT OVERRIDE at character 5, which makes text show in another order than it is stored; remove it",
                "t.yaml:4:18: 'aliases' holds U+2066 LEFT-TO-RIGHT ISOLATE at character 1, which makes text show in another order than it is stored; remove it",
                "t.yaml:5:17: 'names.zh' holds U+202B RIGHT-TO-LEFT EMBEDDING at character 2, which makes text show in another order than it is stored; " +
                    "remove it",
                "t.yaml:6:19: 'props.note' holds U+2069 POP DIRECTIONAL ISOLATE at character 3, which makes text show in another order than it is stored; " +
                    "remove it",
            ],
            Some.Messages("kgraph: 1\nentities:\n  - {id: a, type: Person, name: \"Evil\u202Egnp.exe\",\n    aliases: [B, \"\u2066C\"],\n    names: {zh: " +
                "\"马\u202B斯克\"},\n    props: {note: \"ab\u2069\"}}\n"));
    }

    [Fact]
    public void Direction_marks_that_reorder_nothing_else_are_allowed_in_names()
    {
        Assert.Empty(Some.Messages("kgraph: 1\nentities:\n  - {id: a, type: Person, name: \"Ann\u200F\u200E\"}\n"));
    }

    [Fact]
    public void A_wrong_type_names_the_key_and_what_was_found()
    {
        Assert.Equal(["t.yaml:6:14: 'aliases' must be a list, not a mapping"],
            Some.Messages("kgraph: 1\nentities:\n  - id: a\n    type: Person\n    name: A\n    aliases: {en: A}\n"));
    }

    [Fact]
    public void A_missing_required_key_points_at_the_item()
    {
        Assert.Equal(["t.yaml:3:5: entity is missing 'type'"],
            Some.Messages("kgraph: 1\nentities:\n  - id: a\n    name: A\n"));
    }

    [Fact]
    public void A_malformed_partial_date_is_reported_with_the_accepted_forms()
    {
        Assert.Equal(["t.yaml:3:41: 'start' is not a valid date: '2024-13' (use YYYY, YYYY-MM or YYYY-MM-DD)"],
            Some.Messages("kgraph: 1\nrelationships:\n  - {from: a, type: SUED, to: b, start: 2024-13}\n"));
    }

    [Fact]
    public void A_document_lang_outside_zh_and_en_and_a_url_that_is_not_absolute_are_errors()
    {
        Assert.Equal(
            [
                "t.yaml:3:20: 'lang' must be zh or en, not '../../etc'",
                "t.yaml:3:36: 'url' must be an absolute URL such as https://example.com/news/1, not '/etc/passwd'",
            ],
            Some.Messages("kgraph: 1\ndocuments:\n  - {id: d1, lang: ../../etc, url: /etc/passwd}\n"));
    }

    [Fact]
    public void An_end_before_the_start_is_an_error()
    {
        Assert.Equal(["t.yaml:3:52: 'end' (2019) is before 'start' (2020)"],
            Some.Messages("kgraph: 1\nrelationships:\n  - {from: a, type: LEFT, to: b, start: 2020, end: 2019}\n"));
    }

    [Fact]
    public void Confidence_outside_zero_to_one_is_an_error()
    {
        Assert.Equal(["t.yaml:3:46: 'confidence' must be between 0 and 1, not 1.5"],
            Some.Messages("kgraph: 1\nrelationships:\n  - {from: a, type: SUED, to: b, confidence: 1.5}\n"));
    }

    [Fact]
    public void An_unknown_relationship_type_lists_the_vocabulary()
    {
        var message = Assert.Single(Some.Messages("kgraph: 1\nrelationships:\n  - {from: a, type: HATES, to: b}\n"));
        Assert.StartsWith("t.yaml:3:21: unknown relationship type 'HATES' (add it to schema.yaml, or use one of: FOUNDED, LEADS, WORKS_AT,", message);
    }

    [Fact]
    public void An_unknown_entity_type_lists_the_known_ones()
    {
        Assert.Equal(["t.yaml:3:19: unknown entity type 'Animal' (known: Person, Organization, Product, Place)"],
            Some.Messages("kgraph: 1\nentities:\n  - {id: a, type: Animal, name: A}\n"));
    }

    [Fact]
    public void An_id_with_spaces_or_capitals_is_refused()
    {
        Assert.Equal(["t.yaml:3:10: entity id 'Elon Musk' is not valid (lower-case letters of any script, digits, '-', '.', '_'; starting with a letter or " +
            "digit)"],
            Some.Messages("kgraph: 1\nentities:\n  - {id: Elon Musk, type: Person, name: Elon Musk}\n"));
    }

    [Fact]
    public void A_span_must_be_two_ordered_numbers()
    {
        Assert.Equal(["t.yaml:5:24: 'span' must be [start, end] with 0 ≤ start ≤ end"],
            Some.Messages("kgraph: 1\nentities:\n  - id: a\n    mentions:\n      - {doc: d, span: [5, 2], text: x}\n    type: Person\n    name: A\n"));
    }

    [Fact]
    public void A_missing_format_version_is_reported()
    {
        Assert.Equal(["t.yaml:1:1: missing 'kgraph: 1' (the format version) at the top of the file"], Some.Messages("entities: []\n"));
    }

    [Fact]
    public void A_future_format_version_is_reported()
    {
        Assert.Equal(["t.yaml:1:9: format version 2 is not supported; this KGraph reads version 1"], Some.Messages("kgraph: 2\n"));
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_together()
    {
        var messages = Some.Messages("""
            kgraph: 1
            entities:
              - {id: a, type: Person, name: A, colour: red}
              - {id: b, type: Robot, name: B}
            relationships:
              - {from: a, type: SUED, to: b, start: yesterday}
            """);
        Assert.Equal(3, messages.Length);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        Assert.Equal(["t.yaml:1:1: empty file; expected 'kgraph: 1'"], Some.Messages(""));
    }

    [Fact]
    public void An_empty_or_non_snake_case_prop_name_is_refused_where_it_is_written()
    {
        Assert.Equal(
        [
            "t.yaml:3:44: 'props' key '' is not allowed; use snake_case: lower-case ASCII letters, digits and '_', starting with a letter",
            "t.yaml:5:53: 'props' key 'a:b' is not allowed; use snake_case: lower-case ASCII letters, digits and '_', starting with a letter",
        ], Some.Messages("kgraph: 1\nentities:\n  - {id: a, type: Person, name: A, props: {\"\": 0, born: 1971}}\nrelationships:\n  - {from: a, type: SUED, " +
            "to: a, props: {amount: 1, \"a:b\": 2}}\n"));
    }

    [Fact]
    public void A_refused_prop_name_is_left_out_of_the_model_and_the_others_kept()
    {
        var (file, _) = Some.Read("kgraph: 1\nentities:\n  - {id: a, type: Person, name: A, props: {\"\": 0, born: 1971}}\n");
        Assert.Equal(["born"], file!.Entities[0].Value.Props.Keys);
    }

    [Fact]
    public void Names_keys_must_be_language_codes_and_external_keys_snake_case()
    {
        Assert.Equal(
        [
            "t.yaml:3:44: 'names' key '' is not allowed; use a language code such as zh, en or zh-Hant",
            "t.yaml:3:63: 'external' key 'Wiki Data' is not allowed; use snake_case: lower-case ASCII letters, digits and '_', starting with a letter",
        ], Some.Messages("kgraph: 1\nentities:\n  - {id: a, type: Person, name: A, names: {\"\": x}, external: {Wiki Data: Q1}}\n"));
    }
}
