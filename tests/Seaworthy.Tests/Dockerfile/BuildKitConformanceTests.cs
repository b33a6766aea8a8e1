using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Dockerfile;
using Seaworthy.Testing;
using Seaworthy.Text;

namespace Seaworthy.Tests.Dockerfile;

/// <summary>BuildKit's own parser tests: our AST, dumped in BuildKit's format, must equal every expected result.</summary>
public sealed class BuildKitConformanceTests
{
    public static IEnumerable<TestCaseData> PositiveCases() =>
        Directory.GetDirectories(TestPaths.CorpusPath("buildkit-parser", "testfiles"))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(path)).SetName("BuildKit testfiles/" + Path.GetFileName(path)));

    public static IEnumerable<TestCaseData> NegativeCases() =>
        Directory.GetDirectories(TestPaths.CorpusPath("buildkit-parser", "testfiles-negative"))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(path)).SetName("BuildKit testfiles-negative/" + Path.GetFileName(path)));

    [Test]
    public void The_corpus_has_33_positive_and_4_negative_cases()
    {
        PositiveCases().Should().HaveCount(33);
        NegativeCases().Should().HaveCount(4);
    }

    [TestCaseSource(nameof(PositiveCases))]
    public void Dump_equals_BuildKit_result(string name)
    {
        var syntax = Parse(TestPaths.CorpusPath("buildkit-parser", "testfiles", name, "Dockerfile"));
        var expected = File.ReadAllText(TestPaths.CorpusPath("buildkit-parser", "testfiles", name, "result"));

        syntax.Errors.Should().BeEmpty();
        BuildKitAstDump.Render(syntax).Should().Be(expected);
    }

    [TestCaseSource(nameof(NegativeCases))]
    public void Negative_case_is_rejected(string name)
    {
        var syntax = Parse(TestPaths.CorpusPath("buildkit-parser", "testfiles-negative", name, "Dockerfile"));

        syntax.Errors.Should().NotBeEmpty();
    }

    [Test]
    public void Negative_cases_give_BuildKit_reasons()
    {
        string FirstError(string name) => Parse(TestPaths.CorpusPath("buildkit-parser", "testfiles-negative", name, "Dockerfile")).Errors[0].Message;

        FirstError("empty_dockerfile").Should().Be("file with no instructions");
        FirstError("only_comments").Should().Be("file with no instructions");
        FirstError("env_no_value").Should().Be("ENV must have two arguments");
        FirstError("shykes-nested-json").Should().Be("when using JSON array syntax, arrays must be comprised of strings only");
    }

    [Test]
    public void Instruction_lines_match_BuildKit_line_test()
    {
        var syntax = Parse(TestPaths.CorpusPath("buildkit-parser", "testfile-line", "Dockerfile"));

        syntax.Instructions.Select(i => (i.StartLine, i.EndLine)).Should().Equal((5, 5), (11, 12), (17, 31));
        syntax.Directives.Should().ContainSingle(d => d.Name == "escape" && d.Value == "\\");
    }

    private static DockerfileSyntax Parse(string path)
    {
        var decoded = SourceDecoder.Decode(path, File.ReadAllBytes(path));
        decoded.Text.Should().NotBeNull();
        return DockerfileParser.Parse(decoded.Text!);
    }
}
