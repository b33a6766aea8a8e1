using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Shell;
using static Seaworthy.Tests.Shell.ShellTestHelpers;

namespace Seaworthy.Tests.Shell;

public sealed class ShellParserTests
{
    private static ShellScript Parse(string text)
    {
        var script = ShellParser.Parse(text);
        script.Problems.Should().BeEmpty(because: "'{0}' is valid shell", text);
        return script;
    }

    private static ShellWord Word(string text, int command = 0, int word = 1) => Parse(text).Commands[command].Words[word];

    [TestCase("a && b || c", "([a] && [b] || [c])")]
    [TestCase("a; b & c", "(seq [a] [b] & [c])")]
    [TestCase("a | b |& c", "(pipe [a] [b] [c])")]
    [TestCase("! a | b", "!(pipe [a] [b])")]
    [TestCase("a\nb\n\n c", "(seq [a] [b] [c])")]
    [TestCase("a &&\n b", "([a] && [b])")]
    [TestCase("a |\n b", "(pipe [a] [b])")]
    public void Operators_and_newlines_build_lists_and_pipelines(string text, string tree) => Dump(Parse(text)).Should().Be(tree);

    [TestCase("(cd /src && make) > log", "(subshell ([cd /src] && [make])) > log")]
    [TestCase("{ a; b; } 2>&1", "(group (seq [a] [b])) 2>&1")]
    [TestCase("if a; then b; elif c; then d; else e; fi", "(if [a] then [b] [c] then [d] else [e])")]
    [TestCase("if a\nthen\n  b\nfi", "(if [a] then [b])")]
    [TestCase("while read x; do echo $x; done < f", "(while [read x] do [echo $x]) < f")]
    [TestCase("until a; do b; done", "(until [a] do [b])")]
    [TestCase("for p in a 'b c' $X; do echo $p; done", "(for p in a 'b c' $X do [echo $p])")]
    [TestCase("for p; do :; done", "(for p do [:])")]
    [TestCase("for ((i = 0; i < 3; i++)); do echo $i; done", "(for ((i = 0; i < 3; i++)) do [echo $i])")]
    [TestCase("select x in a b; do break; done", "(select x in a b do [break])")]
    [TestCase("case $1 in a|b) x;; (c) y ;& *) z;; esac", "(case $1 a|b) [x] ;; c) [y] ;& *) [z] ;;)")]
    [TestCase("case $1 in\n  *.deb) dpkg -i $1\n  ;;\nesac", "(case $1 *.deb) [dpkg -i $1] ;;)")]
    [TestCase("f() { echo hi; }", "(function f (group [echo hi]))")]
    [TestCase("function g { echo hi; }", "(function g (group [echo hi]))")]
    [TestCase("function h() ( echo hi )", "(function h (subshell [echo hi]))")]
    [TestCase("(( i += 1 ))", "(( i += 1 ))")]
    [TestCase("[[ -n $x && $y == z* || ( a < b ) ]] && echo yes", "([[-n $x $y == z* a b]] && [echo yes])")]
    [TestCase("( (cd a) )", "(subshell (subshell [cd a]))")]
    public void Compound_commands_are_parsed(string text, string tree) => Dump(Parse(text)).Should().Be(tree);

    [Test]
    public void Reserved_words_count_only_where_a_command_starts()
    {
        Dump(Parse("echo if then fi; 'if' x")).Should().Be("(seq [echo if then fi] ['if' x])");
    }

    [Test]
    public void Assignments_come_before_the_command_and_alone_set_variables()
    {
        var script = Parse("A=1 B+=\"x $y\" make A=2; C=(one \"two three\") D=");
        var make = script.Commands[0];
        make.Assignments.Select(a => (a.Name, a.IsAppend, a.Value.Text)).Should().Equal(("A", false, "1"), ("B", true, "\"x $y\""));
        make.Words.Select(w => w.Text).Should().Equal("make", "A=2");
        var alone = script.Commands[1];
        alone.Words.Should().BeEmpty();
        alone.Name.Should().BeNull();
        alone.Assignments[0].Elements!.Select(e => e.Value).Should().Equal("one", "two three");
        alone.Assignments[1].Value.Value.Should().Be(string.Empty);
    }

    [TestCase("plain", "lit(plain)")]
    [TestCase("'single $X'", "sq(single $X)")]
    [TestCase("\"double $X \\\" \\$ \\n\"", "dq(lit(double ) param(X) lit( \" $ \\n))")]
    [TestCase("$'tab\\there\\x41\\u00e9\\n'", "ansi(tab\there\u0041\u00e9\n)")]
    [TestCase("$\"localised\"", "dq(lit(localised))")]
    [TestCase("a\\ b\\$c", "lit(a b$c)")]
    [TestCase("--opt=\"$HOME\"/x'y'", "lit(--opt=) dq(param(HOME)) lit(/x) sq(y)")]
    [TestCase("$1$@$#$?$$${10}", "param(1) param(@) param(#) param(?) param($) param(10)")]
    [TestCase("${X:-default $Y}", "param(X :- lit(default ) param(Y))")]
    [TestCase("${#X}${!ref}${arr[2]}${X%%.*}${X/a/b}${X:1:2}", "param(#X) param(!ref) param(arr[2]) param(X %% lit(.*)) param(X / lit(a/b)) param(X : lit(1:2))")]
    [TestCase("${X:-${Y:-$(echo z)}}", "param(X :- param(Y :- cmd([echo z])))")]
    [TestCase("${!prefix*}${x//\\//_}${#arr[@]}", "param(!prefix * ) param(x // lit(//_)) param(#arr[@])")]
    [TestCase("$(echo \"$(date)\")", "cmd([echo \"$(date)\"])")]
    [TestCase("`echo \\`date\\``", "bq([echo `date`])")]
    [TestCase("$((1 + $X * (2 - 1)))", "arith(1 + $X * (2 - 1))")]
    [TestCase("$( (cd a; pwd) )", "cmd((subshell (seq [cd a] [pwd])))")]
    [TestCase("<(sort a)", "in([sort a])")]
    [TestCase("~/bin/*.sh", "lit(~/bin/*.sh)")]
    [TestCase("a#b", "lit(a#b)")]
    public void Word_parts_keep_quoting_and_expansions(string word, string parts) => Parts(Word("echo " + word)).Should().Be(parts);

    [Test]
    public void A_word_value_is_known_only_without_expansions()
    {
        Word("echo \"a b\"'c'\\ d$'\\t'").Value.Should().Be("a bc d\t");
        Word("echo \"a b\"'c'\\ d$'\\t'").IsQuoted.Should().BeTrue();
        Word("echo pkg=$VERSION").Value.Should().BeNull();
        Word("echo pkg=$VERSION").HasExpansions.Should().BeTrue();
        Word("echo pkg=$VERSION").StaticPrefix.Should().Be("pkg=");
        Word("echo ~/x*").HasExpansions.Should().BeFalse();
    }

    [Test]
    public void Comments_are_kept_apart_and_a_hash_inside_a_word_is_text()
    {
        var script = Parse("# first\necho a#b # trailing\n  # indented");
        script.Comments.Select(c => c.Content).Should().Equal(" first", " trailing", " indented");
        Dump(script).Should().Be("[echo a#b]");
    }

    [Test]
    public void Redirections_keep_descriptor_operator_and_target()
    {
        var command = Parse("cmd <in >out 2>>err 2>&1 >|clobber 3<>rw &>all &>>both <&0 <<<\"here $x\"").Commands[0];

        command.Redirections.Select(r => (r.FileDescriptor, r.Operator, r.Target!.Text, r.EffectiveFileDescriptor)).Should().Equal(
            (null, "<", "in", 0), (null, ">", "out", 1), (2, ">>", "err", 2), (2, ">&", "1", 2), (null, ">|", "clobber", 1),
            (3, "<>", "rw", 3), (null, "&>", "all", 1), (null, "&>>", "both", 1), (null, "<&", "0", 0), (null, "<<<", "\"here $x\"", 0));
        command.Words.Select(w => w.Text).Should().Equal("cmd");
    }

    [Test]
    public void Here_documents_are_read_after_the_line_that_names_them()
    {
        var script = Parse("cat <<EOF >/a; cat <<-'END'\nhello $USER $(whoami)\nEOF\n\tliteral $X\n\tEND\necho after");
        var first = script.Commands[0].Redirections[0].HereDocument!;
        var second = script.Commands[2].Redirections[0].HereDocument!;

        (first.Delimiter, first.IsQuoted, first.StripsTabs, first.IsTerminated).Should().Be(("EOF", false, false, true));
        first.Text.Should().Be("hello $USER $(whoami)\n");
        Parts(first.Body!).Should().Be("lit(hello ) param(USER) lit( ) cmd([whoami]) lit(\n)");
        (second.Delimiter, second.IsQuoted, second.StripsTabs).Should().Be(("END", true, true));
        Parts(second.Body!).Should().Be("lit(\tliteral $X\n)");
        script.Commands.Select(c => c.Name).Should().Equal("cat", "whoami", "cat", "echo");
    }

    [Test]
    public void A_here_document_fed_to_a_shell_is_parsed_as_a_script()
    {
        var script = Parse("sudo bash -e <<'EOF'\napt-get update\ncurl -sSL x | sh\nEOF\nsh -c 'x' <<EOF\nnot-a-script\nEOF");
        var fed = script.Commands[0].Redirections[0].HereDocument!.Script!;

        fed.FedBy.Should().BeSameAs(script.Commands[0]);
        fed.InitialOptions.Should().Be(ShellOptions.Errexit);
        fed.Commands.Select(c => c.Name).Should().Equal("apt-get", "curl", "sh");
        script.Commands.Select(c => c.Name).Should().Equal("bash", "apt-get", "curl", "sh", "sh");
        script.Commands[4].Redirections[0].HereDocument!.Script.Should().BeNull();
    }

    [TestCase("echo \"abc", "unterminated double quote", "[echo \"abc]")]
    [TestCase("echo 'abc", "unterminated single quote", "[echo 'abc]")]
    [TestCase("echo $(ls", "unterminated command substitution `$(`", "[echo $(ls]")]
    [TestCase("echo ${X", "unterminated parameter expansion `${`", "[echo ${X]")]
    [TestCase("echo `ls", "unterminated backquote", "[echo `ls]")]
    [TestCase("if true; then echo", "`if` is missing its `fi`", "(if [true] then [echo])")]
    [TestCase("while true; do echo", "`while` is missing its `done`", "(while [true] do [echo])")]
    [TestCase("for x in a b", "`for` is missing its `do`", "(for x in a b do )")]
    [TestCase("case x in a) b;;", "`case` is missing its `esac`", "(case x a) [b] ;;)")]
    [TestCase("(a; b", "`(` is missing its `)`", "(subshell (seq [a] [b]))")]
    [TestCase("{ a; b", "`{` is missing its `}`", "(group (seq [a] [b]))")]
    [TestCase("a && ", "a command is missing at the end", "([a] && [])")]
    [TestCase("| a", "unexpected `|`", "[a]")]
    [TestCase("a ) b", "unexpected `)`", "(seq [a] [b])")]
    [TestCase("fi; a", "unexpected `fi`", "[a]")]
    [TestCase("cat <<EOF\nbody", "here-document delimited by end of input (wanted `EOF`)", "[cat <<EOF]")]
    [TestCase("echo ${}", "bad substitution", "[echo ${}]")]
    public void Unbalanced_input_gives_a_partial_tree_and_a_problem(string text, string problem, string tree)
    {
        var script = ShellParser.Parse(text);

        script.Problems.Select(p => p.Message).Should().Contain(problem);
        Dump(script).Should().Be(tree);
    }

    [Test]
    public void Problems_point_at_the_construct_that_is_open()
    {
        const string text = "echo ok; if true; then echo \"x";
        var script = ShellParser.Parse(text);

        script.Problems.Select(p => (p.Message, Cover(text, p.Span))).Should().Equal(
            ("unterminated double quote", "\""),
            ("`if` is missing its `fi`", "if"));
    }

    [TestCase("( ", " )")]
    [TestCase("echo $(", ")")]
    [TestCase("echo \"$(echo ", ")\"")]
    [TestCase("echo ${X:-", "}")]
    [TestCase("if a; then ", "; fi")]
    [TestCase("f() ", "")]
    [TestCase("echo $(( 1 + $(( ", " )) ))")]
    public void Nesting_deeper_than_the_limit_is_one_problem_not_a_crash(string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, 50_000)) + "a" + string.Concat(Enumerable.Repeat(close, 50_000));
        var script = ShellParser.Parse(text);

        script.Problems.Should().ContainSingle().Which.Message.Should().Be("nested more than 100 levels deep; the rest is not parsed");
    }
}
