using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Reporting;
using Seaworthy.Text;
using static Seaworthy.Tests.Reporting.ReportSamples;

namespace Seaworthy.Tests.Reporting;

/// <summary>The JSON report streams to its output in chunks (issue #18: it used to be held whole, twice).</summary>
public class JsonStreamingTests
{
    [Test]
    public void A_report_of_many_chunks_is_whole_and_keeps_characters_that_straddle_a_chunk_boundary()
    {
        // Messages of 1 to 4 UTF-8 bytes per character, so that chunk boundaries fall inside characters.
        var text = new SourceText("Dockerfile", DockerfileText);
        var messages = Enumerable.Range(0, 5_000).Select(i => new string('x', i % 7) + $"é {i} — 🚢 ü").ToArray();
        var report = Report(new[] { Analyzed(text) }, messages.Select(message => On(text, "USER root", RunAsRoot, message)).ToArray());
        using var output = new StringWriter();

        new JsonFormatter().Write(report, output);

        output.ToString().Length.Should().BeGreaterThan(1_000_000, "the report spans many 64 KiB chunks");
        using var json = JsonDocument.Parse(output.ToString());
        json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString())
            .Should().BeEquivalentTo(messages);
    }
}
