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
            Add(dockerfile, link.Instructions, labels);
        }

        return labels;
    }

    /// <summary>
    /// The labels of the image the file builds (its build target's); a fragment without FROM, which hadolint
    /// lints as one image, is one image of all its LABELs.
    /// </summary>
    public static IEnumerable<IReadOnlyDictionary<string, ImageLabel>> ImageLabels(DockerfileModel dockerfile)
    {
        if (dockerfile.Stages.Count == 0)
        {
            var labels = new Dictionary<string, ImageLabel>(System.StringComparer.Ordinal);
            Add(dockerfile, dockerfile.Syntax.Instructions, labels);
            yield return labels;
            yield break;
        }

        if (dockerfile.TargetStage is { } stage)
        {
            yield return Labels(dockerfile, stage);
        }
    }

    private static void Add(DockerfileModel dockerfile, IEnumerable<Instruction> instructions, Dictionary<string, ImageLabel> labels)
    {
        foreach (var instruction in instructions)
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

    private static string Unquote(DockerfileModel dockerfile, string raw)
    {
        var expander = dockerfile.Syntax.EscapeCharacter == '`' ? BacktickEscapes : BackslashEscapes;
        var expansion = expander.ExpandWord(raw, _ => null);
        return expansion.Error is null ? expansion.Value : raw;
    }
}

/// <summary>A label of an image: key and value without quotes, and where each is written.</summary>
internal sealed record ImageLabel(string Key, string Value, TextSpan KeySpan, TextSpan ValueSpan);
