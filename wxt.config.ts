import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
