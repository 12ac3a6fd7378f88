package org.wenping.ops; public class WenpingApplication { public static void main(String[] a){} }
