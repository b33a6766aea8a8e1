using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Reporting;
using Seaworthy.Text;

namespace Seaworthy.Tests.Reporting;

public sealed class FindingFingerprintsTests
{
    private static readonly RuleDescriptor Rule = new(
        "TEST001", "test-rule", "Test rule", "{0}", RuleCategory.Security, Severity.Warning, true, Surfaces.Dockerfile, "https://example.invalid/TEST001", System.Array.Empty<string>());

    [Test]
    public void Lines_inserted_above_keep_a_fingerprint_and_an_edit_of_the_flagged_line_changes_it()
    {
        var before = Fingerprints("FROM a\nUSER root\nRUN x\n", "USER root", "RUN x");
        var moved = Fingerprints("# why\n\nFROM a\nUSER   root\nRUN x\n", "USER   root", "RUN x");
        var edited = Fingerprints("FROM a\nUSER admin\nRUN x\n", "USER admin", "RUN x");

        before.Should().AllSatisfy(fingerprint => fingerprint.Should().MatchRegex("^[0-9a-f]{32}:1$"));
        moved.Should().Equal(before, "moving a finding and re-spacing its line keep it");
        edited[0].Should().NotBe(before[0]);
        edited[1].Should().Be(before[1]);
    }

    [Test]
    public void The_same_finding_twice_in_a_file_is_numbered_and_a_secret_on_the_line_is_not_hashed()
    {
        var twice = Fingerprints("RUN x\nRUN x\n", "RUN x", "RUN x");
        var withToken = Fingerprints("RUN x ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\n", "RUN x");
        var otherToken = Fingerprints("RUN x ghp_ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zy\n", "RUN x");

        twice[0].Split(':')[0].Should().Be(twice[1].Split(':')[0]);
        (twice[0].Split(':')[1], twice[1].Split(':')[1]).Should().Be(("1", "2"));
        withToken.Should().Equal(otherToken, "the line is hashed as reports show it, with the credential masked");
    }

    [Test]
    public void A_value_a_rule_marked_as_secret_is_not_hashed()
    {
        // Marked by a rule (a redaction), not a shape the catalogue knows: hashed masked, as the code frame shows it.
        static string Of(string value)
        {
            var content = "ENV X=" + value + "\n";
            var text = new SourceText("Dockerfile", content);
            var span = new TextSpan(content.IndexOf(value, System.StringComparison.Ordinal), value.Length);
            var file = new AnalyzedFile("Dockerfile", FileKind.Dockerfile, text) { Redactions = new[] { span } };
            var diagnostic = new Diagnostic(Rule, Severity.Warning, text.GetLocation(span), "found");
            return FindingFingerprints.Of(new AnalysisResult(new[] { file }, new[] { diagnostic })).Single();
        }

        Of("plainword1").Should().Be(Of("otherword2"));
    }

    // One finding at the first occurrence, from the last one found, of each flagged text.
    private static string[] Fingerprints(string content, params string[] flagged)
    {
        var text = new SourceText("Dockerfile", content);
        var from = 0;
        var diagnostics = flagged.Select(part =>
        {
            var start = content.IndexOf(part, from, System.StringComparison.Ordinal);
            from = start + part.Length;
            return new Diagnostic(Rule, Severity.Warning, text.GetLocation(new TextSpan(start, part.Length)), "found");
        }).ToArray();
        var result = new AnalysisResult(new[] { new AnalyzedFile("Dockerfile", FileKind.Dockerfile, text) }, diagnostics);
        return FindingFingerprints.Of(result).ToArray();
    }
}
