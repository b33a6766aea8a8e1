using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Dockerfile;
using Seaworthy.Shell;
using Seaworthy.Testing;
using Seaworthy.Text;

namespace Seaworthy.Tests.Shell;

public sealed class ShellRobustnessTests
{
    [Test]
    public void Every_run_of_the_corpus_parses_with_every_span_inside_its_instruction()
    {
        var files = Directory.GetFiles(TestPaths.CorpusPath("dockerfiles"), "Dockerfile*", SearchOption.AllDirectories);
        var runs = 0;
        var withProblems = 0;
        var words = 0;
        foreach (var file in files)
        {
            var text = new SourceText(file, File.ReadAllText(file));
            var scripts = DockerfileScripts.Create(DockerfileModel.Create(DockerfileParser.Parse(text)));
            foreach (var script in scripts.Scripts)
            {
                runs++;
                withProblems += script.Script is { HasProblems: true } ? 1 : 0;
                var outer = script.OuterInstruction.Span;
                foreach (var node in script.Script?.DescendantNodes() ?? Enumerable.Empty<ShellNode>())
                {
                    words += node is ShellWord ? 1 : 0;
                    outer.Contains(node.Span).Should().BeTrue(because: $"{file}:{script.Instruction.StartLine} {node.GetType().Name} '{node.Text}' {node.Span} must lie inside {outer}");
                }
            }
        }

        TestContext.Out.WriteLine($"{files.Length} files, {runs} RUN scripts, {withProblems} with parse problems, {words} words");
        runs.Should().BeGreaterThan(400);
    }

    [Test]
    public void Random_shell_like_input_never_throws_and_spans_stay_in_bounds()
    {
        const string alphabet = "ab $(){}[]`'\"\\\n\t;&|<>#=-!*?~0123456789:+%/,^@ifthenfidoneforcasesacwhile";
        var random = new Random(20240917);
        var fragments = new[] { "if ", "then ", "fi", "for x in ", "do ", "done", "case ", " in ", "esac", "$((", "))", "<<EOF\n", "\nEOF\n", "${", "}", "$'", "<(", "[[ ", " ]]", "function ", "() " };
        for (var i = 0; i < 3000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 120);
            while (builder.Length < length)
            {
                builder.Append(random.Next(4) == 0 ? fragments[random.Next(fragments.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
            }

            var text = builder.ToString();
            var script = ShellParser.Parse(text);
            foreach (var node in script.DescendantNodes())
            {
                (node.Span.Start >= 0 && node.Span.End <= text.Length && node.Span.Length >= 0).Should().BeTrue(because: $"'{text}' {node.GetType().Name} {node.Span}");
            }

            foreach (var command in script.Commands)
            {
                _ = command.Name;
                _ = command.GetArguments(new ShellOptionSpec("abo", "x")).Options.Select(o => o.Span).ToList();
            }
        }
    }

    [Test]
    public void A_megabyte_script_parses_in_linear_time()
    {
        static string Script(int bytes)
        {
            var builder = new StringBuilder(bytes + 200);
            for (var i = 0; builder.Length < bytes; i++)
            {
                builder.Append("apt-get install -y --no-install-recommends \"pkg").Append(i).Append("=${VERSION:-1.0}\" $(date +%s) `id -u` && \\\n  if [ -f /x ]; then (cd /x && make -j$((N + 1))) | tee -a log; fi; cat <<'EOF'\nbody $X\nEOF\n");
            }

            return builder.ToString();
        }

        static TimeSpan Time(string text)
        {
            var watch = Stopwatch.StartNew();
            var script = ShellParser.Parse(text);
            watch.Stop();
            script.Problems.Should().BeEmpty();
            return watch.Elapsed;
        }

        var small = Script(100_000);
        var large = Script(1_000_000);
        Time(small);
        var smallTime = Enumerable.Range(0, 3).Min(_ => Time(small));
        var largeTime = Enumerable.Range(0, 3).Min(_ => Time(large));
        TestContext.Out.WriteLine($"100 KB: {smallTime.TotalMilliseconds:F1} ms, 1 MB: {largeTime.TotalMilliseconds:F1} ms");

        // Generous bounds, as the machine may be busy: a quadratic step would take about a hundred times as long.
        largeTime.Should().BeLessThan(TimeSpan.FromSeconds(10));
        largeTime.TotalMilliseconds.Should().BeLessThan((smallTime.TotalMilliseconds * 30) + 100, because: "ten times the input may not take much more than ten times as long");
    }

    [Test]
    public void Deeply_nested_input_parses_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("$(( 1 + ", 20_000)) + string.Concat(Enumerable.Repeat("a ", 200_000));
        var watch = Stopwatch.StartNew();
        var script = ShellParser.Parse(text);
        watch.Stop();

        script.Problems.Should().NotBeEmpty();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Test]
    public void A_long_token_quoted_in_a_message_is_not_cut_inside_a_surrogate_pair()
    {
        // The excerpt keeps 20 UTF-16 units: the emoji's two halves are units 20 and 21.
        var script = ShellParser.Parse("(a) 1234567890123456789\U0001F600xyz");

        script.Problems.Should().NotBeEmpty();
        script.Problems.Select(problem => problem.Message).Should().AllSatisfy(message =>
            message.Where((c, i) => char.IsSurrogate(c) && !char.IsSurrogatePair(message, char.IsHighSurrogate(c) ? i : i - 1)).Should().BeEmpty());
        script.Problems.Should().Contain(problem => problem.Message.Contains("1234567890123456789...", StringComparison.Ordinal));
    }
}
