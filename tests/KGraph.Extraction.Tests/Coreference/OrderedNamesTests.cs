using KGraph.Extraction.Coreference;

namespace KGraph.Extraction.Tests.Coreference;

/// <summary>The bisection searches pronoun resolution uses give the same answers as walking every name.</summary>
public class OrderedNamesTests
{
    private static EntityReference Name(int start, int end) => new(start, end, [new LocalEntity("x", "Person", null, false)], IsPronoun: false);

    private static readonly EntityReference[] Names = [Name(0, 4), Name(2, 12), Name(5, 7), Name(20, 24), Name(20, 22), Name(30, 31)];

    [Fact]
    public void The_first_name_at_or_after_a_position_is_found_by_bisection_as_by_a_walk()
    {
        var names = new OrderedNames(Names);

        for (var position = -1; position <= 32; position++)
            Assert.Equal(Array.FindIndex(Names, n => n.Start >= position) is var i and >= 0 ? i : Names.Length, names.FirstStartingAtOrAfter(position));
    }

    [Fact]
    public void A_span_overlaps_a_name_exactly_when_some_name_crosses_it_even_one_that_starts_long_before()
    {
        var names = new OrderedNames(Names);

        for (var start = 0; start <= 32; start++)
            for (var end = start + 1; end <= 33; end++)
                Assert.Equal(Names.Any(n => n.Start < end && start < n.End), names.Overlap(start, end));
        Assert.True(names.Overlap(10, 11)); // inside 2..12 only, which starts before 5..7
    }

    [Fact]
    public void Names_out_of_order_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new OrderedNames([Name(5, 7), Name(0, 4)]));
        Assert.Equal("Names must be in order of their start. (Parameter 'names')", error.Message);
    }
}
