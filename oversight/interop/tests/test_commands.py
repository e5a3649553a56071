import pytest
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token

from oversight.responses.models import Response

from .helpers import csv_file


def test_token_prints_the_same_token_each_time_until_rotated(liaison_officer, capsys):
    call_command("token", "liaison")
    first = capsys.readouterr().out.strip()
    call_command("token", "liaison")
    assert capsys.readouterr().out.strip() == first == Token.objects.get(user=liaison_officer).key
    call_command("token", "liaison", "--rotate")
    assert capsys.readouterr().out.strip() != first


def test_token_for_an_unknown_user_fails_with_a_message(db):
    with pytest.raises(CommandError, match="No active user called 'ghost'"):
        call_command("token", "ghost")


def test_import_register_checks_then_commits(liaison_officer, force, tmp_path, capsys):
    path = tmp_path / "register.csv"
    path.write_bytes(csv_file([["Report", "Ref", "Recommendation"], ["Vetting", "1", "Forces should vet."]]).read())
    call_command("import_register", str(path), "--user", "liaison")
    assert "1 rows checked (dry run)" in capsys.readouterr().out and not Response.objects.exists()
    call_command("import_register", str(path), "--organisation", "WMP", "--user", "liaison", "--commit")
    assert "1 rows imported: 1 new" in capsys.readouterr().out and Response.objects.count() == 1


def test_import_register_with_bad_rows_lists_them_and_imports_nothing(liaison_officer, force, tmp_path, capsys):
    path = tmp_path / "register.csv"
    path.write_bytes(csv_file([["Report", "Ref", "Recommendation", "Owner"], ["Vetting", "1", "Vet.", "ghost"]]).read())
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_register", str(path), "--organisation", "WMP", "--user", "liaison", "--commit")
    assert 'row 2, Owner: No one called "ghost"' in capsys.readouterr().out
    assert not Response.objects.exists()


def test_import_register_names_an_unknown_organisation(liaison_officer, tmp_path):
    path = tmp_path / "register.csv"
    path.write_bytes(b"Report,Ref\nVetting,1\n")
    with pytest.raises(CommandError, match="No organisation with the short name 'XYZ'"):
        call_command("import_register", str(path), "--organisation", "XYZ", "--user", "liaison")


def test_import_register_refuses_a_file_that_is_not_a_register(liaison_officer, tmp_path):
    path = tmp_path / "register.xlsx"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(CommandError, match="The file is a PDF"):
        call_command("import_register", str(path), "--user", "liaison")


def test_import_register_creates_the_people_and_lists_it_names_and_says_so(liaison_officer, force, tmp_path, capsys):
    from oversight.accounts.models import User

    path = tmp_path / "register.csv"
    path.write_bytes(csv_file([["Report", "Ref", "Recommendation", "Owner", "Portfolio", "Status", "RAG", "Update"],
                               ["Vetting", "1", "Vet.", "DCI Sarah Khan", "Crime", "Closed", "Complete", "Done."],
                               ["Vetting", "2", "Vet more.", "", "", "Open", "", ""]]).read())
    call_command("import_register", str(path), "--user", "liaison", "--commit")
    out = capsys.readouterr().out
    assert "person created: Sarah Khan" in out and "portfolio created: Crime" in out
    assert "2 rows imported: 2 new, 0 changed, 0 unchanged, 0 refused." in out
    response = Response.objects.get(finding__ref="1")
    assert response.status == "closed" and response.rag == "green"
    assert response.owner == User.objects.get(first_name="Sarah", last_name="Khan")
    assert response.transitions.get().payload == {"source": "register.csv, row 2", "row": 2}


def test_import_register_with_no_create_refuses_the_rows_naming_unknown_people(liaison_officer, force, tmp_path,
                                                                              capsys):
    path = tmp_path / "register.csv"
    path.write_bytes(csv_file([["Report", "Ref", "Recommendation", "Owner"], ["Vetting", "1", "Vet.", "DCI Sarah Khan"],
                               ["Vetting", "2", "Vet more.", ""]]).read())
    call_command("import_register", str(path), "--user", "liaison", "--commit", "--no-create", "--good-rows")
    out = capsys.readouterr().out
    assert 'row 2, Owner: No one called "DCI Sarah Khan"' in out
    assert "2 rows imported: 1 new, 0 changed, 0 unchanged, 1 refused." in out
    assert list(Response.objects.values_list("finding__ref", flat=True)) == ["2"]
