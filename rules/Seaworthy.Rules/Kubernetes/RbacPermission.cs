using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>
/// A permission the RBAC rules grant: some verbs on resources named explicitly in one of <c>apiGroups</c>.
/// A Role's rule grants it when its <c>apiGroups</c> (absent: the core group) and <c>verbs</c> hold one of them or <c>*</c>,
/// and its <c>resources</c> name one of the resources (<c>*/approval</c> names a subresource of each); <c>*</c> resources are SW4014's and are left out here.
/// </summary>
internal sealed class RbacPermission
{
    // A name cannot restrict these: the object has no name yet, or the request names none.
    private static readonly string[] UnnamedVerbs = { "create", "deletecollection" };

    private readonly string[] apiGroups;
    private readonly string[] resources;
    private readonly string[] verbs;

    public RbacPermission(string[] apiGroups, string[] resources, string[] verbs)
    {
        this.apiGroups = apiGroups;
        this.resources = resources;
        this.verbs = verbs;
    }

    /// <summary>Each resource scalar of <paramref name="manifest"/>'s rules that carries the permission, with the verb granting it.</summary>
    public IEnumerable<(YamlScalar Resource, string Verb)> GrantedBy(KubernetesObject manifest)
    {
        foreach (var rule in ManifestQueries.RbacRules(manifest))
        {
            if (!InGroups(rule))
            {
                continue;
            }

            var candidates = rule.Find("resourceNames") is null ? verbs : Array.FindAll(verbs, v => Array.IndexOf(UnnamedVerbs, v) >= 0);
            if (candidates.Length == 0 || Verb(rule, candidates) is not { } verb)
            {
                continue;
            }

            foreach (var resource in ManifestQueries.ScalarItems(rule, "resources"))
            {
                if (Names(resource.Value))
                {
                    yield return (resource, verb);
                }
            }
        }
    }

    /// <summary>
    /// Reports each resource of the object's rules that carries one of <paramref name="permissions"/>, once, with the first
    /// permission's consequence: the message's arguments are the object, the verb, the resource and the consequence.
    /// </summary>
    public static void Report(KubernetesObjectContext context, RuleDescriptor rule, params (RbacPermission Permission, string Consequence)[] permissions)
    {
        // Every object comes here for each RBAC rule: most are not roles and grant nothing.
        if (!ManifestQueries.IsRbacRole(context.KubernetesObject))
        {
            return;
        }

        var reported = new HashSet<YamlScalar>();
        foreach (var (permission, consequence) in permissions)
        {
            foreach (var (resource, verb) in permission.GrantedBy(context.KubernetesObject))
            {
                if (reported.Add(resource))
                {
                    context.Report(rule, resource.Location, context.KubernetesObject.Description, verb, resource.Value, consequence);
                }
            }
        }
    }

    private static string? Verb(YamlMapping rule, string[] candidates)
    {
        var wildcard = false;
        foreach (var verb in ManifestQueries.ScalarItems(rule, "verbs"))
        {
            if (Array.IndexOf(candidates, verb.Value) >= 0)
            {
                return verb.Value;
            }

            wildcard |= verb.Value == "*";
        }

        return wildcard ? "*" : null;
    }

    // "*/approval" names that subresource of every resource.
    private bool Names(string resource)
    {
        foreach (var wanted in resources)
        {
            if (wanted == resource
                || (resource.StartsWith("*/", StringComparison.Ordinal) && wanted.EndsWith(resource.Substring(1), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private bool InGroups(YamlMapping rule)
    {
        if (rule.Find("apiGroups") is null)
        {
            return Array.IndexOf(apiGroups, "") >= 0;
        }

        foreach (var group in ManifestQueries.ScalarItems(rule, "apiGroups"))
        {
            if (group.Value == "*" || Array.IndexOf(apiGroups, group.Value) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
