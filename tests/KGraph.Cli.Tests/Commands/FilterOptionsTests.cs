using System.Text.RegularExpressions;

namespace KGraph.Cli.Tests.Commands;

/// <summary>The filter options mean the same in every command: analyze and diagram keep the same facts.</summary>
public partial class FilterOptionsTests
{
    private const string Data = """
        kgraph: 1
        documents:
          - {id: d, title: Notes, lang: en}
        entities:
          - {id: ann, type: Person, name: Ann}
          - {id: bob, type: Person, name: Bob}
          - {id: acme, type: Organization, name: Acme}
          - {id: beta, type: Organization, name: Beta}
        relationships:
          - {from: ann, type: FOUNDED, to: acme, start: 2015}
          - {from: ann, type: LEADS, to: acme, start: 2015, end: 2019}
          - {from: bob, type: LEADS, to: beta, start: 2021}
          - {from: bob, type: WORKS_AT, to: acme}
          - {from: ann, type: INVESTED_IN, to: beta, start: 2022-06, confidence: 0.6, status: extracted, evidence: [{doc: d, span: [0, 23], quote: "Ann put money into Beta"}]}
          - {from: bob, type: FOUNDED, to: beta, start: 2020, confidence: 0.9, status: extracted, evidence: [{doc: d, span: [24, 39], quote: "Bob set up Beta"}]}
        """;

    [Theory]
    [InlineData(6)]
    [InlineData(5, "--since", "2020")]
    [InlineData(3, "--until", "2019")]
    [InlineData(3, "--as-of", "2016")]
    [InlineData(5, "--min-confidence", "0.8")]
    [InlineData(2, "--type", "founded")]
    [InlineData(4, "--reviewed-only")]
    [InlineData(2, "--since", "2020", "--type", "LEADS,FOUNDED", "--reviewed-only")]
    public void Analyze_and_diagram_keep_the_same_relationships_for_the_same_options(int kept, params string[] options)
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        var (drawExit, _, drew) = Cli.Run(["diagram", root["data"], "--format", "dot", "--out", root["out"], .. options]);
        var (analyzeExit, _, analyzed) = Cli.Run(["analyze", root["data"], "--out", root["analysis"], .. options]);

        Assert.Equal((0, 0), (drawExit, analyzeExit));
        Assert.Equal(kept, int.Parse(Drew().Match(drew).Groups[1].Value));
        Assert.Equal(kept, int.Parse(Analyzed().Match(analyzed).Groups[1].Value));
    }

    [Theory]
    [InlineData("--since", "2024-13", "kgraph: --since '2024-13' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD\n")]
    [InlineData("--min-confidence", "1.5", "kgraph: --min-confidence must be between 0 and 1 (got 1.5)\n")]
    [InlineData("--type", "LEEDS", "kgraph: unknown relationship type 'LEEDS'; did you mean 'LEADS'?\n")]
    public void A_bad_filter_option_gets_the_same_message_from_every_command(string option, string value, string message)
    {
        using var root = new TempFolder();
        root.Write("data/curated/a.yaml", Data);

        foreach (var command in new[] { "analyze", "diagram", "neighbors", "path" })
        {
            string[] arguments = command switch
            {
                "neighbors" => [command, "Ann", "--data", root["data"]],
                "path" => [command, "Ann", "Bob", "--data", root["data"]],
                _ => [command, root["data"], "--out", root["out-" + command]],
            };
            var (exit, _, stderr) = Cli.Run([.. arguments, option, value]);
            Assert.Equal((2, message), (exit, stderr.ReplaceLineEndings("\n")));
        }
    }

    [GeneratedRegex(@"^drew \d+ entities, (\d+) relationships")]
    private static partial Regex Drew();

    [GeneratedRegex(@"^analysed \d+ entities, (\d+) relationships")]
    private static partial Regex Analyzed();
}
