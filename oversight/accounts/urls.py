from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import views
from .forms import SetPasswordForm, SignInForm

app_name = "accounts"
urlpatterns = [
    path(
        "sign-in/",
        auth_views.LoginView.as_view(template_name="registration/sign_in.html", authentication_form=SignInForm),
        name="login",
    ),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("people/", views.people, name="people"),
    path("people/add/", views.add_person, name="add_person"),
    # The invitation's link: Django's password-reset token, so it works once and expires.
    path("set-password/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        template_name="registration/set_password.html", form_class=SetPasswordForm,
        success_url=reverse_lazy("accounts:password_set")), name="set_password"),
    path("set-password/done/", auth_views.PasswordResetCompleteView.as_view(
        template_name="registration/password_set.html"), name="password_set"),
]
