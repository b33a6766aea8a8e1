using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Schema;
using NUnit.Framework;

namespace Seaworthy.Tests.Reporting;

/// <summary>Validates an XML report against an XSD copied next to the tests (Schemata/).</summary>
internal static class XmlSchemaCheck
{
    /// <summary>Every warning and error the validating reader reports, as text; empty when the document is valid.</summary>
    public static List<string> Problems(string xml, string schemaFile)
    {
        var schemas = new XmlSchemaSet();
        using (var schema = XmlReader.Create(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemata", schemaFile)))
        {
            schemas.Add(null, schema);
        }

        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }
}
