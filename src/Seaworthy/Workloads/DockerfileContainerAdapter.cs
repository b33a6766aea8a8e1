using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Dockerfile;

namespace Seaworthy.Workloads;

/// <summary>
/// Describes each stage of a Dockerfile as a <see cref="ContainerSpec"/>: the image it produces, with the
/// user, health check, environment and ports it inherits through <c>FROM &lt;stage&gt;</c>. The build target
/// (<see cref="DockerfileModel.TargetStage"/>) is the <see cref="ContainerRole.Image"/>; every other stage, built
/// for it or not built at all, is a <see cref="ContainerRole.BuildStage"/>.
/// </summary>
public static class DockerfileContainerAdapter
{
    /// <summary>
    /// One container per stage, in stage order, from the stage states of <paramref name="model"/> (so with the
    /// build arguments it was built with). Values whose variables are unknown before the build keep them as written.
    /// </summary>
    public static IReadOnlyList<ContainerSpec> Describe(DockerfileModel model)
    {
        var text = model.Syntax.Text;
        var environments = new Prefix<EnvironmentVariable>[model.Stages.Count];
        var portLists = new Prefix<Setting<string>>[model.Stages.Count];
        var containers = new List<ContainerSpec>(model.Stages.Count);
        foreach (var stage in model.Stages)
        {
            // What a stage inherits comes first: the lists of the stage it is built on, then its own.
            var environment = Prefix<EnvironmentVariable>.Continue(stage.BaseStage is { } parent ? environments[parent.Index] : null);
            var ports = Prefix<Setting<string>>.Continue(stage.BaseStage is { } baseStage ? portLists[baseStage.Index] : null);
            var instructions = stage.Instructions;
            for (var i = 0; i < instructions.Count; i++)
            {
                var before = model.StateAt(instructions[i]);
                switch (instructions[i])
                {
                    case ArgInstruction arg:
                        var after = i + 1 < instructions.Count ? model.StateAt(instructions[i + 1]) : model.FinalState(stage);
                        foreach (var declaration in arg.Declarations)
                        {
                            environment.Add(new EnvironmentVariable(
                                declaration.Name,
                                after.Lookup(declaration.Name),
                                text.GetLocation(declaration.NameSpan),
                                declaration.DefaultValueSpan is { } span ? text.GetLocation(span) : null,
                                EnvironmentSource.BuildArgument));
                        }

                        break;
                    case EnvInstruction env:
                        foreach (var pair in env.Pairs)
                        {
                            environment.Add(new EnvironmentVariable(pair.Key, before.ExpandForDisplay(pair.Value), text.GetLocation(pair.KeySpan), text.GetLocation(pair.ValueSpan), EnvironmentSource.Environment));
                        }

                        break;
                    case ExposeInstruction expose:
                        foreach (var port in expose.Arguments)
                        {
                            ports.Add(new Setting<string>(before.ExpandForDisplay(port.Value), text.GetLocation(port.Span)));
                        }

                        break;
                }
            }

            environments[stage.Index] = new Prefix<EnvironmentVariable>(environment);
            portLists[stage.Index] = new Prefix<Setting<string>>(ports);
            var final = model.FinalState(stage);
            var image = stage.BaseStage is null
                ? new ContainerImage(stage.BaseImage, stage.From.Image?.Value ?? string.Empty, text.GetLocation(stage.BaseImageDecidedAt), stage.IsBaseImageResolved)
                : null;
            containers.Add(new ContainerSpec(
                stage.DisplayName,
                stage.Name is null ? "Stage " + stage.Index.ToString(CultureInfo.InvariantCulture) : $"Stage '{stage.Name}'",
                ReferenceEquals(stage, model.TargetStage) ? ContainerRole.Image : ContainerRole.BuildStage,
                text.GetLocation(stage.From.Span),
                image,
                final.User is { } user ? new Setting<string>(user.Value, text.GetLocation(user.Instruction.User!.Span)) : null,
                final.Healthcheck is { } healthcheck ? new HealthcheckSetting(healthcheck.IsNone, text.GetLocation(healthcheck.Span)) : null,
                environments[stage.Index],
                portLists[stage.Index]));
        }

        return containers;
    }

    // The first items of a list that later stages may append to: a chain of stages each built on the one before
    // shares one list instead of copying what it inherits (which made a long chain quadratic).
    private sealed class Prefix<T> : IReadOnlyList<T>
    {
        private readonly List<T> _items;
        private readonly int _count;

        public Prefix(List<T> items)
        {
            _items = items;
            _count = items.Count;
        }

        public int Count => _count;

        public T this[int index] => index < _count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

        // The list a stage built on `inherited` appends to: the same one while nothing was appended after it.
        public static List<T> Continue(Prefix<T>? inherited)
        {
            if (inherited is null)
            {
                return new List<T>();
            }

            return inherited._items.Count == inherited._count ? inherited._items : inherited._items.GetRange(0, inherited._count);
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < _count; i++)
            {
                yield return _items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
