using ScalingScenarios.Reporting;

namespace ScalingScenarios.Tests.Reporting;

public class CsvSampleWriterTests
{
    private static readonly SampleColumn[] TwoColumns = [new("a"), new("b", "USD")];

    private static (CsvSampleWriter Writer, StringWriter Text) NewWriter()
    {
        var text = new StringWriter();
        return (new CsvSampleWriter(text), text);
    }

    [Fact]
    public void WriteBlock_TwoBlocks_WritesIndexedRowsInRoundTripForm()
    {
        var (writer, text) = NewWriter();

        writer.Begin(TwoColumns, 3);
        writer.WriteBlock([new[] { 0.1, 1e300 }, new[] { -2.5, double.Epsilon }]);
        writer.WriteBlock([new[] { 1.0 / 3 }, new[] { 12345678.9 }]);
        writer.Complete();

        // "R" (shortest round-trip) of each value, written by hand: 1/3 needs 16 significant digits, Epsilon is 5E-324.
        text.ToString().Should().Be("sample,a,b\n0,0.1,-2.5\n1,1E+300,5E-324\n2,0.3333333333333333,12345678.9\n");
        writer.RowsWritten.Should().Be(3);
        writer.IsCompleted.Should().BeTrue();
    }

    [Fact]
    public void WriteBlock_ValuesParsedBack_AreBitIdentical()
    {
        var values = new[] { Math.PI, -Math.E * 1e-200, 0.1 + 0.2, double.MaxValue, -0.0 };
        var (writer, text) = NewWriter();

        writer.Begin([new SampleColumn("x")], values.Length);
        writer.WriteBlock([values]);
        writer.Complete();

        var parsed = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => double.Parse(line.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        parsed.Select(BitConverter.DoubleToInt64Bits).Should().Equal(values.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Begin_NameNeedingQuotes_QuotesItPerRfc4180()
    {
        var (writer, text) = NewWriter();

        writer.Begin([new SampleColumn("cost, \"total\"")], 1);

        text.ToString().Should().Be("sample,\"cost, \"\"total\"\"\"\n");
    }

    public class Protocol
    {
        [Fact]
        public void WriteBlock_BeforeBegin_Throws()
        {
            var (writer, _) = NewWriter();

            var act = () => writer.WriteBlock([new[] { 1.0 }]);

            act.Should().Throw<InvalidOperationException>().WithMessage("Expected Begin before the first block.");
        }

        [Fact]
        public void WriteBlock_MoreRowsThanAnnounced_ThrowsNamingTheRest()
        {
            var (writer, _) = NewWriter();
            writer.Begin([new SampleColumn("x")], 2);
            writer.WriteBlock([new[] { 1.0 }]);

            var act = () => writer.WriteBlock([new[] { 2.0, 3.0 }]);

            act.Should().Throw<ArgumentException>().WithParameterName("columns")
                .WithMessage("Expected a block of 1 to 1 samples (the rest of the announced count); got 2.*");
        }

        [Fact]
        public void WriteBlock_ColumnsOfDifferentLengths_Throws()
        {
            var (writer, _) = NewWriter();
            writer.Begin(TwoColumns, 5);

            var act = () => writer.WriteBlock([new[] { 1.0, 2.0 }, new[] { 1.0 }]);

            act.Should().Throw<ArgumentException>().WithMessage("Expected every column of a block to have 2 values (as column 0); column 1 has 1.*");
        }

        [Fact]
        public void WriteBlock_WrongColumnCount_Throws()
        {
            var (writer, _) = NewWriter();
            writer.Begin(TwoColumns, 5);

            var act = () => writer.WriteBlock([new[] { 1.0 }]);

            act.Should().Throw<ArgumentException>().WithMessage("Expected 2 columns in the block (as given to Begin); got 1.*");
        }

        [Fact]
        public void Complete_FewerRowsThanAnnounced_Throws()
        {
            var (writer, _) = NewWriter();
            writer.Begin([new SampleColumn("x")], 3);
            writer.WriteBlock([new[] { 1.0 }]);

            var act = writer.Complete;

            act.Should().Throw<InvalidOperationException>().WithMessage("Expected 3 samples before Complete (as announced to Begin); got 1.");
        }

        [Fact]
        public void Begin_Twice_Throws()
        {
            var (writer, _) = NewWriter();
            writer.Begin([new SampleColumn("x")], 1);

            var act = () => writer.Begin([new SampleColumn("x")], 1);

            act.Should().Throw<InvalidOperationException>().WithMessage("Expected Begin to be called once; it was already called.");
        }

        [Fact]
        public void Begin_DuplicateName_Throws()
        {
            var (writer, _) = NewWriter();

            var act = () => writer.Begin([new SampleColumn("x"), new SampleColumn("x")], 1);

            act.Should().Throw<ArgumentException>().WithParameterName("columns").WithMessage("Expected each column once; 'x' appears twice.*");
        }

        [Fact]
        public void Begin_ColumnNamedLikeTheIndex_Throws()
        {
            var (writer, _) = NewWriter();

            var act = () => writer.Begin([new SampleColumn("sample")], 1);

            act.Should().Throw<ArgumentException>().WithMessage("Expected column names other than 'sample' (the sample-index column); got it at columns[0].*");
        }

        [Fact]
        public void Begin_NoSamples_Throws()
        {
            var (writer, _) = NewWriter();

            var act = () => writer.Begin([new SampleColumn("x")], 0);

            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sampleCount").WithMessage("Expected an integer >= 1; got 0.*");
        }

        [Fact]
        public void Begin_NoColumns_Throws()
        {
            var (writer, _) = NewWriter();

            var act = () => writer.Begin([], 1);

            act.Should().Throw<ArgumentException>().WithParameterName("columns").WithMessage("Expected at least one column to export; got none.*");
        }
    }

    public class SampleColumnConstructor
    {
        [Fact]
        public void SampleColumn_BlankName_Throws()
        {
            var act = () => new SampleColumn(" ");

            act.Should().Throw<ArgumentException>().WithParameterName("name");
        }

        [Fact]
        public void SampleColumn_BlankUnit_IsNull()
        {
            new SampleColumn("x", " ").Unit.Should().BeNull();
        }
    }
}
