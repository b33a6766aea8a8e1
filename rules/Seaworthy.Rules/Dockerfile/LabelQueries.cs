using System.Collections.Generic;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>The labels an image carries (the build target's): every LABEL of its stage and of the stages it is built on.</summary>
internal static class LabelQueries
{
    private static readonly WordExpander BackslashEscapes = new('\\') { SkipUnsetEnv = true };
    private static readonly WordExpander BacktickEscapes = new('`') { SkipUnsetEnv = true };

    /// <summary>The labels of <paramref name="stage"/>'s image, the last definition of each key winning, values unquoted.</summary>
    public static IReadOnlyDictionary<string, ImageLabel> Labels(DockerfileModel dockerfile, BuildStage stage)
    {
        var labels = new Dictionary<string, ImageLabel>(System.StringComparer.Ordinal);
        foreach (var link in stage.Chain)
        {
            foreach (var instruction in link.Instructions)
            {
                if (instruction is LabelInstruction label)
                {
                    foreach (var pair in label.Pairs)
                    {
                        var key = Unquote(dockerfile, pair.Key);
                        labels[key] = new ImageLabel(key, Unquote(dockerfile, pair.Value), pair.KeySpan, pair.ValueSpan);
                    }
                }
            }
        }

        return labels;
    }

    private static string Unquote(DockerfileModel dockerfile, string raw)
    {
        var expander = dockerfile.Syntax.EscapeCharacter == '`' ? BacktickEscapes : BackslashEscapes;
        var expansion = expander.ExpandWord(raw, _ => null);
        return expansion.Error is null ? expansion.Value : raw;
    }
}

/// <summary>A label of an image: key and value without quotes, and where each is written.</summary>
internal sealed record ImageLabel(string Key, string Value, TextSpan KeySpan, TextSpan ValueSpan);
