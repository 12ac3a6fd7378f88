import { csrfToken } from './common.js';

const params = new URLSearchParams(window.location.search);
const message = document.getElementById('message');
if (params.has('error')) {
  message.textContent = '用户名或密码不正确,请重新输入。';
  message.hidden = false;
} else if (params.has('logout')) {
  message.textContent = '您已安全退出。';
  message.className = 'notice';
  message.hidden = false;
}
document.getElementById('login-form').addEventListener('submit', () => {
  document.getElementById('csrf').value = csrfToken();
});
document.getElementById('csrf').value = csrfToken();
