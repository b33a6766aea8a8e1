using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Dockerfile;
using Seaworthy.Testing;

namespace Seaworthy.Tests.Dockerfile;

public sealed class WordExpanderTests
{
    // The environment BuildKit's envVarTest runs with.
    private static readonly KeyValuePair<string, string>[] EnvVarTestEnvironment =
    {
        new("PWD", "/home"),
        new("SHELL", "bash"),
        new("KOREAN", "한국어"),
        new("NULL", string.Empty),
    };

    /// <summary>
    /// One case per row of BuildKit's <c>envVarTest</c>: <c>PLATFORM | input | expected</c>, expanded as
    /// one word. <c>A</c> rows must hold on both platforms, <c>U</c> rows with case-sensitive names and
    /// <c>W</c> rows with case-insensitive ones.
    /// </summary>
    public static IEnumerable<TestCaseData> EnvVarTestRows()
    {
        var lines = ReadTable("envVarTest");
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') || lines[i].Trim().Length == 0)
            {
                continue;
            }

            var fields = lines[i].Trim().Split('|');
            if (fields.Length != 3 || fields[0].Trim() is not ("A" or "U" or "W"))
            {
                throw new FormatException($"envVarTest line {i + 1} is not 'A|U|W | input | expected': {lines[i]}");
            }

            count++;
            var input = fields[1].Trim();
            yield return new TestCaseData(fields[0].Trim(), input, fields[2].Trim())
                .SetName($"envVarTest:{i + 1} {input}");
        }

        if (count == 0)
        {
            throw new FormatException("envVarTest has no rows.");
        }
    }

    /// <summary>
    /// One case per row of BuildKit's <c>wordsTest</c>: <c>input | word,word,…</c>, split into words with
    /// the variables of the <c>ENV name=value</c> lines above the row.
    /// </summary>
    public static IEnumerable<TestCaseData> WordsTestRows()
    {
        var lines = ReadTable("wordsTest");
        var environment = new List<KeyValuePair<string, string>>();
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("ENV ", StringComparison.Ordinal))
            {
                // Everything after the first '=' is the value, trailing spaces included.
                var definition = line.Substring(3).TrimStart(' ');
                var equals = definition.IndexOf('=', StringComparison.Ordinal);
                environment.Add(equals < 0
                    ? new(definition, string.Empty)
                    : new(definition.Substring(0, equals), definition.Substring(equals + 1)));
                continue;
            }

            var fields = line.Split('|');
            if (fields.Length != 2)
            {
                throw new FormatException($"wordsTest line {i + 1} does not have exactly one '|': {line}");
            }

            count++;
            var input = fields[0].Trim();
            var expected = fields[1].TrimStart(' ').Split(',');
            yield return new TestCaseData(input, environment.ToArray(), expected)
                .SetName($"wordsTest:{i + 1} {input}");
        }

        if (count == 0)
        {
            throw new FormatException("wordsTest has no rows.");
        }
    }

    [TestCaseSource(nameof(EnvVarTestRows))]
    public void ExpandsEnvVarTestRow(string platform, string input, string expected)
    {
        var caseInsensitiveModes = platform switch
        {
            "A" => new[] { false, true },
            "U" => new[] { false },
            _ => new[] { true },
        };
        foreach (var caseInsensitive in caseInsensitiveModes)
        {
            var expander = new WordExpander { CaseInsensitiveNames = caseInsensitive };
            var result = expander.ExpandWord(input, EnvVarTestEnvironment);
            var because = $"CaseInsensitiveNames is {caseInsensitive}";
            if (expected == "error")
            {
                result.Error.Should().NotBeNull(because);
            }
            else
            {
                result.Error.Should().BeNull(because);
                result.Value.Should().Be(expected, because);
                result.Words.Should().Equal(expected);
            }
        }
    }

    [TestCaseSource(nameof(WordsTestRows))]
    public void SplitsWordsTestRow(string input, KeyValuePair<string, string>[] environment, string[] expected)
    {
        var result = new WordExpander().ExpandWords(input, environment);

        if (expected is ["error"])
        {
            result.Error.Should().NotBeNull();
        }
        else
        {
            result.Error.Should().BeNull();
            result.Words.Should().Equal(expected);
            result.Value.Should().Be(string.Join(" ", expected));
        }
    }

    [TestCase("${FOO#()[]{\\}^$.\\*\\?|\\\\}", "FOO=()[]{}^$.*?|\\x", "x")]
    [TestCase("${FOO#*x*y}", "FOO=xxyy", "y")]
    [TestCase("${FOO#*}", "FOO=xxyy", "xxyy")]
    [TestCase("${FOO##*}", "FOO=xxyy", "")]
    [TestCase("${FOO##*x}", "FOO=xxyy", "yy")]
    [TestCase("${FOO#}", "FOO=xxyy", "xxyy")]
    [TestCase("${FOO#?\\?}", "FOO=???y", "?y")]
    [TestCase("${FOO#$BAR}", "FOO=xxyy;BAR=x", "xyy")]
    [TestCase("${FOO%y*}", "FOO=xxyy", "xxy")]
    [TestCase("${FOO%%y*}", "FOO=xxyy", "xx")]
    [TestCase("${FOO%%\\**}", "FOO=xx**", "xx")]
    [TestCase("${FOO%%\\**\\*}", "FOO=a***yy*", "a")]
    [TestCase("${ABC:-.}${FOO%x}${ABC:-.}", "FOO=xxyy", ".xxyy.")]
    [TestCase("${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", "FOO=/foo*/*/*.txt;NEEDLE=\\*/", "/foo.*/*.txt - /foo..*.txt")]
    [TestCase("${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}", "FOO=/tmp/tmp/bar.txt;NEEDLE=/tmp", "/tmp/bar.txt - /bar.txt")]
    [TestCase("${FOO/$NEEDLE/$R} - ${FOO//$NEEDLE/$R}", "FOO=/a/foo/b/c.txt;NEEDLE=/?/;R=/", "/foo/b/c.txt - /foo/c.txt")]
    [TestCase("${FOO//\\//\\/}", "FOO=/tmp/foo.txt", "\\/tmp\\/foo.txt")]
    [TestCase("${FOO/$BAR/ww}", "FOO=xxyy;BAR=", "wwxxyy")]
    [TestCase("${FOO///}", "FOO=xxyy", "xxyy")]
    [TestCase("${FOO///-}", "FOO=ab", "-a-b-")]
    [TestCase("${FOO//*/-}", "FOO=ab", "-")]
    [TestCase("${TARGETVARIANT:+-${TARGETVARIANT}}", "TARGETVARIANT=v7", "-v7")]
    [TestCase("${TARGETVARIANT:+-${TARGETVARIANT}}", "TARGETVARIANT=", "")]
    public void AppliesModifiers(string input, string environment, string expected)
    {
        var result = new WordExpander().ExpandWord(input, Pairs(environment));

        result.Error.Should().BeNull();
        result.Value.Should().Be(expected);
    }

    [TestCase("${FOO##*}", "a\nb", "\nb", Description = "* never matches a line feed (Go's '.')")]
    [TestCase("${FOO%%*}", "a\nb", "a\n")]
    [TestCase("${FOO//*/-}", "a\nb", "-\n-")]
    [TestCase("${FOO#?}", "\nb", "\nb")]
    [TestCase("${FOO#?}", "𝒳y", "y", Description = "? matches a whole surrogate pair")]
    [TestCase("${FOO%?}", "y𝒳", "y")]
    [TestCase("${FOO//x/'[$0]'}", "xxyy", "[x][x]yy", Description = "$0 in a // replacement is the match")]
    [TestCase("${FOO/x/'[$0]'}", "xxyy", "[$0]xyy", Description = "a single / replacement is literal")]
    [TestCase("${FOO//?/$R}", "ab", "<a$a${0><b$b${0>", Description = "R holds <$0$$${0}$00$x${0>")]
    public void MatchesPatternsLikeGoRegularExpressions(string input, string value, string expected)
    {
        var environment = new Dictionary<string, string> { ["FOO"] = value, ["R"] = "<$0$$${0}$00$x${0>" };

        var result = new WordExpander().ExpandWord(input, environment);

        result.Error.Should().BeNull();
        result.Value.Should().Be(expected);
    }

    [TestCase("${}", "", "syntax error: bad substitution")]
    [TestCase("${:-x}", "", "syntax error: bad substitution")]
    [TestCase("${{x}", "", "syntax error: bad substitution")]
    [TestCase("${FOO:-${}}", "", "syntax error: bad substitution")]
    [TestCase("${", "", "syntax error: missing '}'")]
    [TestCase("${FOO:-x", "", "syntax error: missing '}'")]
    [TestCase("${FOO:-'x}", "", "syntax error: missing '}'")]
    [TestCase("${FOO", "FOO=x", "unsupported modifier (\uFFFD) in substitution")]
    [TestCase("${FOO:=x}", "FOO=x", "unsupported modifier (:=) in substitution")]
    [TestCase("${FOO=x}", "FOO=x", "unsupported modifier (=) in substitution")]
    [TestCase("${FOO:x}", "FOO=x", "unsupported modifier (:x) in substitution")]
    [TestCase("${FOO:#x}", "FOO=x", "unsupported modifier (:#) in substitution")]
    [TestCase("${FOO:%x}", "FOO=x", "unsupported modifier (:%) in substitution")]
    [TestCase("${FOO//ww}", "FOO=xxyy", "syntax error: missing '/' in ${}")]
    [TestCase("${FOO//}", "FOO=xxyy", "syntax error: missing '/' in ${}")]
    [TestCase("${FOO#\\x}", "FOO=x", "invalid pattern (\\x) in substitution: invalid escape '\\x'")]
    [TestCase("${FOO%a\\x}", "FOO=x", "invalid pattern (\\xa) in substitution: invalid escape '\\x'")]
    [TestCase("'abc", "", "unexpected end of statement while looking for matching single-quote")]
    [TestCase("\"abc\\", "", "unexpected end of statement while looking for matching double-quote")]
    [TestCase("${VAR:?message here$ARG}", "VAR=;ARG=x", "VAR: message herex")]
    [TestCase("${VAR?message here$ARG}", "ARG=x", "VAR: message herex")]
    [TestCase("${VAR:?}", "VAR=", "VAR: is not allowed to be empty")]
    [TestCase("${VAR?}", "", "VAR: is not allowed to be unset")]
    public void ReportsBuildKitErrors(string input, string environment, string expected)
    {
        var expander = new WordExpander();

        var word = expander.ExpandWord(input, Pairs(environment));
        var words = expander.ExpandWords(input, Pairs(environment));

        word.Error.Should().Be(expected);
        word.Succeeded.Should().BeFalse();
        word.Value.Should().BeEmpty();
        word.Words.Should().BeEmpty();
        words.Error.Should().Be(expected);
        words.Words.Should().BeEmpty();
    }

    [TestCase("${VAR?message}", "VAR=", "")]
    [TestCase("${VAR:?message}", "VAR=plain", "plain")]
    [TestCase("${VAR?message}", "VAR=plain", "plain")]
    public void AllowsSetVariablesWithQuestionMark(string input, string environment, string expected)
    {
        var result = new WordExpander().ExpandWord(input, Pairs(environment));

        result.Error.Should().BeNull();
        result.Value.Should().Be(expected);
    }

    [TestCase("x", "DUMMY=dummy", "x", "", "")]
    [TestCase("x ${UNUSED}", "DUMMY=dummy", "x ", "", "UNUSED")]
    [TestCase("${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", "FOO=xxx;BAR=", "xxx  ccc", "FOO,BAR", "BAZ")]
    [TestCase("${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", "FOO=xxx;BAR=", "xxx bbb ccc", "FOO,BAR", "BAZ")]
    [TestCase("${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}", "FOO=xxx;BAR=", "aaa bbb ", "FOO,BAR", "BAZ")]
    [TestCase("${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", "FOO=xxx;BAR=", "aaa  ", "FOO,BAR", "BAZ")]
    [TestCase("$FOO ${BAR} $FOO ${BAZ:-$FOO}", "FOO=x", "x  x x", "FOO", "BAR,BAZ")]
    [TestCase("${FOO///}", "", "", "", "FOO")]
    public void ReportsMatchedAndUnmatchedNames(string input, string environment, string expected, string matched, string unmatched)
    {
        var result = new WordExpander().ExpandWord(input, Pairs(environment));

        result.Value.Should().Be(expected);
        result.Matched.Should().Equal(Names(matched));
        result.Unmatched.Should().Equal(Names(unmatched));
    }

    [TestCase("$10x", "10", "tenx", Description = "a name that starts with a digit is digits only")]
    [TestCase("${A_1}b", "A_1", "tenb")]
    [TestCase("$A_1-b", "A_1", "ten-b")]
    [TestCase("$\U0001D49Cz.", "\U0001D49Cz", "ten.", Description = "a letter outside the basic plane is part of the name")]
    [TestCase("${\U0001D49Cz:-x}", "\U0001D49Cz", "ten")]
    public void ReadsNamesAsWrittenInTheText(string input, string name, string expected)
    {
        // Names are cut out of the text rather than rebuilt character by character.
        var result = new WordExpander().ExpandWord(input, new[] { new KeyValuePair<string, string>(name, "ten") });

        result.Value.Should().Be(expected);
        result.Matched.Should().Equal(name);
    }

    [Test]
    public void A_text_without_variables_matches_no_name()
    {
        var result = new WordExpander().ExpandWord("'a b' \\\"c\\\"", Array.Empty<KeyValuePair<string, string>>());

        result.Value.Should().Be("a b \"c\"");
        result.Matched.Should().BeEmpty();
        result.Unmatched.Should().BeEmpty();
    }

    [TestCase("a \"\" b", "a,b", Description = "a quoted empty string is no word")]
    [TestCase("\"\"", "")]
    [TestCase("\"a b\"c d", "a bc,d")]
    [TestCase("$X", "a,b,c", Description = "X holds a, no-break space, b, ideographic space, c")]
    [TestCase("cat <<EOF << EOT <<-  X a<b", "cat,<<EOF,<< EOT,<<-,X,a<b", Description = "<< keeps the blanks after it")]
    [TestCase("x${a:-b}y z", "by,z", Description = "BuildKit drops the partial word before a modifier")]
    [TestCase("EXPOSE 80${PORT:-}/tcp", "EXPOSE,/tcp")]
    [TestCase("abc\"${x:-d}\"e f", "de,f")]
    [TestCase("${A:-${B:-x}}y", "xy")]
    public void SplitsWordsLikeBuildKit(string input, string expected)
    {
        var environment = new Dictionary<string, string> { ["X"] = "a\u00A0b\u3000c" };

        var result = new WordExpander().ExpandWords(input, environment);

        result.Error.Should().BeNull();
        result.Words.Should().Equal(Names(expected));
    }

    [Test]
    public void KeepsQuotesWithRawQuotes()
    {
        var result = new WordExpander { RawQuotes = true }.ExpandWords("'a' \"b\" c", Pairs(string.Empty));

        result.Words.Should().Equal("'a'", "\"b\"", "c");
    }

    [Test]
    public void KeepsEscapesWithRawEscapesExceptInDefaultWords()
    {
        var expander = new WordExpander { RawEscapes = true };

        expander.ExpandWords("a\\ b \"c\\d\\\"\" \\", Pairs(string.Empty)).Words
            .Should().Equal("a\\ b", "c\\\\d\\\"", "\\");
        expander.ExpandWord("${X:-a\\b}", Pairs(string.Empty)).Value.Should().Be("ab");
    }

    [Test]
    public void LeavesUnsetVariablesAsWrittenWithSkipUnsetEnv()
    {
        var input = "a$UNSET ${UNSET} ${UNSET:-x} ${UNSET/a/b} ${UNSET//a/b} ${UNSET#x} $SET";

        var result = new WordExpander { SkipUnsetEnv = true }.ExpandWord(input, Pairs("SET=1"));

        // BuildKit writes ${UNSET//a/b} back with a single slash.
        result.Value.Should().Be("a$UNSET ${UNSET} ${UNSET:-x} ${UNSET/a/b} ${UNSET/a/b} ${UNSET#x} 1");
        result.Unmatched.Should().Equal("UNSET");
        result.Matched.Should().Equal("SET");
    }

    [Test]
    public void TreatsQuotesAsTextWithSkipProcessQuotes()
    {
        var result = new WordExpander { SkipProcessQuotes = true }.ExpandWords("'a b' \"c\"", Pairs(string.Empty));

        result.Words.Should().Equal("'a", "b'", "\"c\"");
    }

    [Test]
    public void UsesTheConfiguredEscapeCharacter()
    {
        var result = new WordExpander('`').ExpandWords("a`tb \"a`\"b\\c\" c`", Pairs(string.Empty));

        result.Words.Should().Equal("atb", "a\"b\\c", "c");
    }

    [Test]
    public void ComparesNamesCaseInsensitivelyOnlyWhenAsked()
    {
        var environment = Pairs("PWD=/home");

        new WordExpander { CaseInsensitiveNames = true }.ExpandWord("$pwd ${Pwd}", environment).Value.Should().Be("/home /home");
        new WordExpander().ExpandWord("$pwd ${Pwd}", environment).Value.Should().Be(" ");
    }

    [Test]
    public void LetsALaterPairReplaceAnEarlierOne()
    {
        var environment = new[] { new KeyValuePair<string, string>("a", "1"), new("A", "2"), new("a", "3") };

        new WordExpander().ExpandWord("$a$A", environment).Value.Should().Be("32");
        new WordExpander { CaseInsensitiveNames = true }.ExpandWord("$a$A", environment).Value.Should().Be("33");
    }

    [Test]
    public void AsksTheLookupForNamesAsWritten()
    {
        var asked = new List<string>();

        var result = new WordExpander().ExpandWord("$10 $é $𝒳 $٣x ${@} $.", name =>
        {
            asked.Add(name);
            return name == "10" ? "ten" : null;
        });

        result.Value.Should().Be("ten   x  $.");
        asked.Should().Equal("10", "é", "𝒳", "٣", "@");
        result.Matched.Should().Equal("10");
        result.Unmatched.Should().Equal("é", "𝒳", "٣", "@");
    }

    [Test]
    public void SkipsALeadingByteOrderMarkLikeGoTextScanner()
    {
        new WordExpander().ExpandWord("\uFEFF$A\uFEFF", Pairs("A=x")).Value.Should().Be("x\uFEFF");
    }

    [TestCase("$A and ${B}", "A@0+2", "B@7+4")]
    [TestCase("${A:-$B}x", "A@0+8", "B@5+2")]
    [TestCase("'$A' \\$B \"$C\"", "C@10+2")]
    [TestCase("$1 $@ $$ $ ${10}", "")]
    [TestCase("${A/x/$B}", "A@0+9", "B@6+2")]
    [TestCase("$A ${", "A@0+2")]
    public void FindsTheReferencesBuildKitsLexerExpands(string text, params string[] expected)
    {
        new WordExpander().FindReferences(text).Select(r => $"{r.Name}@{r.Start}+{r.Length}")
            .Should().Equal(expected.Where(e => e.Length > 0));
    }

    [Test]
    public void FindsReferencesWithTheFilesEscapeCharacter()
    {
        new WordExpander('`').FindReferences("`$A \\$B").Select(r => r.Name).Should().Equal("B");
    }

    private static KeyValuePair<string, string>[] Pairs(string environment) =>
        environment.Length == 0
            ? Array.Empty<KeyValuePair<string, string>>()
            : environment.Split(';')
                .Select(pair => pair.Split('=', 2))
                .Select(parts => new KeyValuePair<string, string>(parts[0], parts[1]))
                .ToArray();

    private static string[] Names(string list) => list.Length == 0 ? Array.Empty<string>() : list.Split(',');

    private static string[] ReadTable(string name) =>
        File.ReadAllLines(TestPaths.CorpusPath("buildkit-parser", "shell-lexer", name));
}
