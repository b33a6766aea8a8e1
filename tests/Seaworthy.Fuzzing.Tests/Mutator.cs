using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace Seaworthy.Fuzzing.Tests;

/// <summary>One edit of a seed file; its numbers are read modulo whatever they index.</summary>
internal sealed record Mutation(MutationKind Kind, int A, int B, int C)
{
    public override string ToString() => $"{Kind}({A}, {B}, {C})";
}

/// <summary>What one fuzzed file is made of: a seed and the edits applied to it in order.</summary>
internal sealed record Recipe(int Seed, IReadOnlyList<Mutation> Mutations)
{
    public override string ToString() => $"seed file {Seed}, " + string.Join(", ", Mutations);
}

internal enum MutationKind
{
    ReplaceCharacter,
    InsertToken,
    InsertTokenAtLineStart,
    SpliceLine,
    RepeatLine,
    DeleteLine,
    DeleteRange,
    SwapLines,
    DeepNesting,
    UnicodeEdge,
    Truncate,
    Reindent,
    CopyBlock,
    FlipByte,
    ReplaceValue,
    ReplaceValueAgain,
}

/// <summary>
/// A mutation fuzzer over text: CsCheck generates the recipe (which seed, which edits), and applying a recipe to
/// the seeds is deterministic, so a recipe (or the PCG seed that generated it) reproduces a file exactly.
/// </summary>
internal static class Mutator
{
    /// <summary>Characters and fragments that mean something to YAML, Dockerfiles, shells or Compose interpolation.</summary>
    private static readonly string[] Tokens =
    {
        "!!x]", "!<x]>", "%TAG !e! tag:e.com,2000:a]\n---\n", "%YAML 1.1\n---\n", "&a ", "*a", "<<: *a", "<<: [*a, *b]", "? ", ": ", "- ", "{", "}",
        "[", "]", ",", "\"", "'", "|", ">", "|-", "|+2", ">-", "---\n", "...\n", "#", " #", "\\\n", "\\", "`", "\t", "\r", "\r\n",
        "<<EOF\n", "<<-EOF\n", "<<'EOF'\n", "EOF\n", "${", "${A:-", "${A:?err}", "${A:+x}", "$(", "$((", "))", ")", "$$", "$", "@", "%", "=",
        "\\UFFFFFFFF", "\"\\UFFFFFFFF\"", "\"\\uD800\\uD800\"", "\"\\uDC00\"", "\"\\U0010FFFF\"", "\"\\x00\"", "'\\''", "$'\\uD800'", "$'\\x'",
        "# syntax=docker/dockerfile:1\n", "# escape=`\n", "# check=skip=all;error=true\n", "# seaworthy ignore=SW1001\n",
        "# seaworthy global ignore=all\n", "# hadolint ignore=DL3000,DL9999\n", "# dclint disable\n", "--mount=type=secret,id=x ",
        "--mount=type=bind,source=/,target=/x ", "FROM ", "FROM scratch AS a\n", "FROM a AS a\n", "RUN ", "RUN <<EOF\n", "ARG ", "ENV ",
        "COPY --from=", "COPY --chmod=999999999 ", "ADD http://", "ONBUILD ", "HEALTHCHECK CMD ", "HEALTHCHECK --interval=-1s CMD x\n", "SHELL [\"",
        "USER ", "USER 99999999999999999999\n", "EXPOSE 99999999999999999999", "EXPOSE 1-0/udp", "WORKDIR ", "ENTRYPOINT [", "CMD [\"a\", ",
        "STOPSIGNAL ", "-1", "1e999", "0x", "0o", "~", "null", "true", "yes", "NaN", ".inf", "99999999999999999999999",
        "-9223372036854775809", "image: ", "services:\n", "  web:\n", "    image: a:b\n", "extends:\n", "  service: ", "include:\n  - ",
        "x-", "profiles: [", "ports:\n  - ", "\"8080:80\"", "0.0.0.0:1-65536:1/udp", "volumes:\n  - ", "/:/host", "cap_add: [ALL]",
        "privileged: true", "network_mode: host", "depends_on:\n  ", "build:\n  context: .\n  dockerfile: ", "env_file: ", "secrets:\n",
        "deploy:\n  resources:\n    limits:\n      cpus: ", "apiVersion: v1\n", "kind: Pod\n", "kind: List\nitems:\n- ",
        "---\napiVersion: apps/v1\nkind: Deployment\n", "metadata:\n  name: ", "  annotations:\n    ", "spec:\n", "template:\n",
        "securityContext:\n", "containers:\n- ", "initContainers:\n- ", "ephemeralContainers:\n- ", "hostPath:\n  path: /", "hostNetwork: true",
        "capabilities: {add: [", "runAsUser: ", "resources: {limits: {cpu: ", "memory: 1Ei", "cpu: 0.0000001m", "{{ .Values.x }}", "{{- if }}",
        "&", "|", ";", "&&", "||", "2>&1", "<<<", "<(", ">(", "*", "?", "!", "[[", "]]", "function f() {", "case x in", "esac", "fi", "if ", "then",
        "sudo ", "curl -fsSL http://x | sh", "apt-get install -y ", "pip install ", "chmod 777 ", "ln -s ", "cd ", "export A=", "eval ",
    };

    /// <summary>Fragments that once crashed a parser or that parsers refuse in unusual ways: a third of the insertions.</summary>
    private static readonly string[] Hostile =
    {
        "!!x]", "!<x]>", "!e!x ", "%TAG !e! tag:e.com,2000:a]\n---\n", "\"\\UFFFFFFFF\"", "\"\\uD800\\uD800\"", "\"\\uDC00\"",
        "\"\\U00110000\"", "\"\\x\"", "!<!>", "!<>", "!!binary ", "!!merge ", "!!int ", "&x ", "*x", "<<: *x", "? [a]\n: b\n", "{? a}",
        "[a, {b: }]", "-\t- x", "|9", ">-\n  \t", "'a\n\n b'", "\"a\\\n b\"", "${}", "${:-}", "${A?}", "$${", "${A:-${B:-${C}}}",
    };

    /// <summary>Values that still parse as YAML, so the models and rules see them: wrong types, extremes, empties.</summary>
    private static readonly string[] Values =
    {
        "99999999999999999999", "-1", "0", "-0", "1e999", "0x7FFFFFFFFFFFFFFF", "2147483648", "-9223372036854775809", "0.0000001", "NaN",
        ".inf", "~", "null", "''", "\"\"", "[]", "{}", "[[]]", "[{}]", "[~]", "{a: ~}", "true", "no", "\"${A:-}\"", "\"${A:?}\"", "\"$${A}\"",
        "\"${A:-${B:-$${C}}}\"", "\"0.0.0.0:1-65536:1/udp\"", "\"::1:80:80\"", "\"[::]:8080:80\"", "\"a:b:c:d\"", "\"/:/:rw,z\"", "\"-1m\"",
        "\"1Ei\"", "\"0.5\"", "\"\\U0001F600\"", "\"\\t\\n\"", "\"a\\u0000b\"", "!!str 1", "!!binary aGk=", "!!null ''", "&v x", "*v",
        "[*v]", "\"@sha256:\"", "\"image@sha256:xyz\"", "\"a/b/c/d:e@f\"", "\"ALL\"", "[ALL, SYS_ADMIN]", "\"host\"", "\"container:x\"",
        "\"service:x\"", "\"..\"", "\"../../../../etc/passwd\"", "\"C:\\\\x\"", "|\n  multi\n  line", ">-\n  folded", "\"a b c\"", "[\"CMD\"]",
        "[\"CMD-SHELL\"]", "[\"NONE\", \"x\"]", "\"CMD\"", "{x-a: 1}", "{<<: *v}",
    };

    /// <summary>Characters and escapes at the edges of Unicode and UTF-16.</summary>
    private static readonly string[] UnicodeEdges =
    {
        "\uFEFF", "\u2028", "\u2029", "\u0085", "\u0000", "\u0001", "\u001B[31m", "\u007F", "\u00A0", "\u200B", "\u200E", "\u202E", "\u0301",
        "\uD83D\uDE00", "\uFFFD", "\uFFFF", "\uFFFE", "\U0010FFFF", "\u3000", "\uFF1A", "é", "İ", "ß", "\u0130", "\u212A",
        "\\u0000", "\\uD800", "\\uDFFF", "\\U00110000", "\\x80", "\\N", "\\_", "\\L", "\\P",
    };

    private static readonly Gen<Mutation> MutationGen =
        Gen.Select(Gen.Int[0, Enum.GetValues<MutationKind>().Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue])
            .Select((kind, a, b, c) => new Mutation((MutationKind)kind, a, b, c));

    /// <summary>A seed (an index read modulo the seeds) and one to five edits.</summary>
    public static Gen<Recipe> Recipes { get; } =
        Gen.Select(Gen.Int[0, int.MaxValue], MutationGen.Array[1, 5]).Select((seed, mutations) => new Recipe(seed, mutations));

    /// <summary>
    /// Applies <paramref name="recipe"/> to one of <paramref name="seeds"/> (<paramref name="donors"/> give the spliced
    /// lines) and returns the file's bytes: the text edits, then UTF-8, then the byte flips.
    /// </summary>
    public static byte[] Apply(Recipe recipe, IReadOnlyList<string> seeds, IReadOnlyList<string> donors)
    {
        var text = seeds[recipe.Seed % seeds.Count];
        foreach (var mutation in recipe.Mutations)
        {
            text = Apply(mutation, text, donors);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var flip in recipe.Mutations.Where(mutation => mutation.Kind == MutationKind.FlipByte && bytes.Length > 0))
        {
            bytes[flip.A % bytes.Length] ^= (byte)(1 << (flip.B % 8));
        }

        return bytes;
    }

    private static string Apply(Mutation m, string text, IReadOnlyList<string> donors)
    {
        var lines = text.Split('\n').ToList();
        var at = text.Length == 0 ? 0 : m.A % (text.Length + 1);
        var line = m.A % lines.Count;
        switch (m.Kind)
        {
            case MutationKind.ReplaceValue or MutationKind.ReplaceValueAgain:
                // A value swapped after "key: " (or a list item's "- "), the structure kept: the models get to see it.
                for (var i = 0; i < lines.Count; i++)
                {
                    var candidate = lines[(line + i) % lines.Count];
                    var colon = candidate.IndexOf(": ", StringComparison.Ordinal);
                    var dash = candidate.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? candidate.IndexOf("- ", StringComparison.Ordinal) : -1;
                    var cut = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : -1;
                    if (cut >= 0)
                    {
                        lines[(line + i) % lines.Count] = candidate[..cut] + Pick(Values, m.B);
                        return Join(lines);
                    }
                }

                return text;
            case MutationKind.ReplaceCharacter when text.Length > 0:
                var replacement = Pick(m.B % 2 == 0 ? Tokens : UnicodeEdges, m.C);
                return text[..Math.Min(at, text.Length - 1)] + replacement[0] + text[(Math.Min(at, text.Length - 1) + 1)..];
            case MutationKind.InsertToken:
                return text.Insert(at, Pick(m.C % 3 == 0 ? Hostile : Tokens, m.B));
            case MutationKind.InsertTokenAtLineStart:
                lines[line] = Pick(m.C % 3 == 0 ? Hostile : Tokens, m.B) + lines[line];
                return Join(lines);
            case MutationKind.SpliceLine:
                var donor = donors[m.C % donors.Count].Split('\n');
                lines.Insert(line, donor[m.B % donor.Length]);
                return Join(lines);
            case MutationKind.RepeatLine:
                // Mostly a few copies, sometimes thousands (quadratic costs show at scale).
                var copies = m.C % 16 == 0 ? 1 + (m.B % 3000) : 1 + (m.B % 4);
                lines.InsertRange(line, Enumerable.Repeat(lines[line], copies));
                return Join(lines);
            case MutationKind.DeleteLine when lines.Count > 1:
                lines.RemoveAt(line);
                return Join(lines);
            case MutationKind.DeleteRange when text.Length > 0:
                return text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + (m.B % 64), text.Length - Math.Min(at, text.Length - 1)));
            case MutationKind.SwapLines:
                var other = m.B % lines.Count;
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return Join(lines);
            case MutationKind.DeepNesting:
                lines.Insert(line, Nest(m.B % 6, 1 + (m.C % 3000)));
                return Join(lines);
            case MutationKind.UnicodeEdge:
                return text.Insert(at, Pick(UnicodeEdges, m.B));
            case MutationKind.Truncate:
                return text[..at];
            case MutationKind.Reindent:
                var content = lines[line].TrimStart(' ', '\t');
                lines[line] = (m.B % 3 == 0 ? new string('\t', m.C % 4) : new string(' ', m.C % 12)) + content;
                return Join(lines);
            case MutationKind.CopyBlock:
                var block = lines.Skip(line).Take(1 + (m.B % 10)).ToList();
                lines.InsertRange(m.C % lines.Count, block);
                return Join(lines);
            default:
                return text;
        }
    }

    private static string Nest(int shape, int depth) => shape switch
    {
        0 => new string('[', depth) + new string(']', depth),
        1 => "a: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth),
        2 => string.Concat(Enumerable.Range(0, Math.Min(depth, 400)).Select(i => new string(' ', i) + "- \n")),
        3 => "RUN " + string.Concat(Enumerable.Repeat("$(", depth)) + "x" + new string(')', depth),
        4 => "RUN echo " + string.Concat(Enumerable.Repeat("${A:-", depth)) + "x" + new string('}', depth),
        _ => "RUN " + string.Join(" | ", Enumerable.Repeat("a", depth)),
    };

    private static string Pick(string[] values, int index) => values[index % values.Length];

    private static string Join(List<string> lines)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Count - 1)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }
}
