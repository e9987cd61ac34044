using KGraph.Extraction.Evaluation;

namespace KGraph.Extraction.Tests.Evaluation;

public class PairedBootstrapTests
{
    private static EvaluationReport Report(params ItemCounts[] items) =>
        new("set", GoldFormat.Sentences, items.Length, [],
            new TypeScore("overall (micro)", items.Sum(i => i.TruePositives), items.Sum(i => i.FalsePositives), items.Sum(i => i.FalseNegatives)), [])
        {
            ItemCounts = items,
        };

    [Fact]
    public void The_same_counts_differ_by_nothing_in_every_resample()
    {
        var report = Report(new(2, 1, 1), new(0, 0, 3), new(4, 2, 0));

        var difference = PairedBootstrap.Compare(report, report);

        Assert.Equal(new F1Difference(report.Overall.F1, report.Overall.F1, 0, 0, 0, 3, 1000), difference);
    }

    [Fact]
    public void A_candidate_better_on_every_text_is_better_in_every_resample()
    {
        var baseline = Report(new(1, 0, 2), new(2, 1, 1), new(0, 0, 2), new(3, 0, 1));
        var candidate = Report(new(2, 0, 1), new(3, 1, 0), new(1, 0, 1), new(4, 0, 0));

        var difference = PairedBootstrap.Compare(baseline, candidate);

        Assert.Equal(20.0 / 23 - 12.0 / 19, difference.Difference, 12);
        Assert.Equal(1.0, difference.ShareBetter);
        Assert.True(difference.Low > 0, $"low {difference.Low}");
        Assert.True(difference.High >= difference.Difference, $"high {difference.High}");
    }

    [Fact]
    public void A_gain_on_some_texts_and_a_loss_on_others_gives_an_interval_around_zero()
    {
        var baseline = Report(new(2, 0, 1), new(2, 0, 1), new(1, 0, 2), new(1, 0, 2), new(2, 1, 0), new(0, 1, 2));
        var candidate = Report(new(3, 0, 0), new(3, 0, 0), new(0, 0, 3), new(0, 0, 3), new(2, 1, 0), new(0, 1, 2));

        var difference = PairedBootstrap.Compare(baseline, candidate);

        Assert.Equal(0, difference.Difference, 12);
        Assert.True(difference.Low < 0 && difference.High > 0, $"{difference.Low} … {difference.High}");
        Assert.InRange(difference.ShareBetter, 0.2, 0.8);
    }

    [Fact]
    public void The_same_reports_and_seed_give_the_same_interval_and_another_seed_may_not()
    {
        var baseline = Report(new(1, 1, 2), new(2, 1, 1), new(0, 2, 2), new(3, 0, 1), new(1, 0, 0));
        var candidate = Report(new(2, 0, 1), new(2, 2, 1), new(1, 1, 1), new(2, 0, 2), new(1, 1, 0));

        Assert.Equal(PairedBootstrap.Compare(baseline, candidate, seed: 7), PairedBootstrap.Compare(baseline, candidate, seed: 7));
        Assert.NotEqual(PairedBootstrap.Compare(baseline, candidate, resamples: 50, seed: 1),
            PairedBootstrap.Compare(baseline, candidate, resamples: 50, seed: 2));
    }

    [Fact]
    public void Reports_of_different_sets_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PairedBootstrap.Compare(Report(new ItemCounts(1, 0, 0)), Report(new(1, 0, 0), new(0, 0, 1))));

        Assert.Equal("the reports score different sets: 1 texts against 2 (Parameter 'candidate')", error.Message);
    }
}
