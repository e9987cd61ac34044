using KGraph.Diagnostics;
using KGraph.Interchange.Csv;

namespace KGraph.Core.Tests.Interchange;

public class CsvTableTests
{
    [Fact]
    public void Quoted_cells_keep_commas_doubled_quotes_and_line_breaks_and_later_cells_know_their_line()
    {
        var diagnostics = new DiagnosticBag();

        var table = CsvTable.Parse("t.csv", "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\"\r\nlast,,\n", diagnostics)!;

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["a", "b", "c"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["x, y", "say \"hi\"", "one\ntwo"], table.Rows[0].Cells);
        Assert.Equal([(2, 1), (2, 8), (2, 21)], table.Rows[0].CellLines.Zip(table.Rows[0].CellColumns));
        Assert.Equal(4, table.Rows[1].Line);
        Assert.Equal(["last", "", ""], table.Rows[1].Cells);
    }

    [Fact]
    public void A_row_with_more_cells_than_the_header_or_a_stray_quote_is_reported_and_left_out()
    {
        var diagnostics = new DiagnosticBag();

        var table = CsvTable.Parse("t.csv", "a,b\n1,2,3\nx\"y,2\n\"q\"z,1\nok,1\n", diagnostics)!;

        Assert.Equal(
            ["t.csv:2:5: row has 3 cells but the header names 2 columns",
             "t.csv:3:2: a quote inside an unquoted cell; quote the whole cell and double the quote (\"\")",
             "t.csv:4:4: text after a quoted cell's closing quote; double a quote inside a cell (\"\")"],
            diagnostics.Sorted().Select(d => d.ToString()));
        Assert.Equal([["ok", "1"]], table.Rows.Select(r => r.Cells));
    }

    [Fact]
    public void Blank_lines_between_rows_are_not_rows()
    {
        var table = CsvTable.Parse("t.csv", "a\n\nx\n\n", new DiagnosticBag())!;

        Assert.Equal([["x"]], table.Rows.Select(r => r.Cells));
    }
}
