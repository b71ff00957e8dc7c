// Warp 1.19.0 cuda code for step_magnetic_field_f062bdcc.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_e_9810dd89_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y,
    wp::float32 var_dt_dx,
    wp::int32 var_src_i,
    wp::int32 var_src_j,
    wp::float32 var_mag,
    wp::float32 var_f0,
    wp::float32 var_sim_time,
    wp::array_t<wp::float32> var_e_z)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        bool var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::float32* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        bool var_27;
        bool var_28;
        const wp::float32 var_29 = 6.283185307179586;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        //---------
        // forward
        // def update_e(                                                                          <L 27>
        // i, j = wp.tid()                                                                        <L 38>
        builtin_tid2d(var_0, var_1);
        // if i > 0 and j > 0:                                                                    <L 39>
        var_4 = (var_0 > var_3);
        var_2 = var_4;
        if (var_2) {
            var_6 = (var_1 > var_5);
            var_2 = var_2 && var_6;
        }
        if (var_2) {
            // curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                     <L 40>
            var_7 = wp::address(var_h_y, var_0, var_1);
            var_9 = wp::sub(var_0, var_8);
            var_10 = wp::address(var_h_y, var_9, var_1);
            var_12 = wp::load(var_7);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            var_14 = wp::address(var_hx, var_0, var_1);
            var_16 = wp::sub(var_1, var_15);
            var_17 = wp::address(var_hx, var_0, var_16);
            var_19 = wp::load(var_14);
            var_20 = wp::load(var_17);
            var_18 = wp::sub(var_19, var_20);
            var_21 = wp::sub(var_11, var_18);
            // e = e_z[i, j] + dt_dx * curl                                                       <L 41>
            var_22 = wp::address(var_e_z, var_0, var_1);
            var_23 = wp::mul(var_dt_dx, var_21);
            var_25 = wp::load(var_22);
            var_24 = wp::add(var_25, var_23);
            // if i == src_i and j == src_j:                                                      <L 42>
            var_27 = (var_0 == var_src_i);
            var_26 = var_27;
            if (var_26) {
                var_28 = (var_1 == var_src_j);
                var_26 = var_26 && var_28;
            }
            if (var_26) {
                // s = mag * wp.sin(TWO_PI * f0 * sim_time)                                       <L 43>
                var_30 = wp::mul(var_29, var_f0);
                var_31 = wp::mul(var_30, var_sim_time);
                var_32 = wp::sin(var_31);
                var_33 = wp::mul(var_mag, var_32);
                // e += s                                                                         <L 44>
                var_34 = wp::add(var_24, var_33);
            }
            var_35 = wp::where(var_26, var_34, var_24);
            // e_z[i, j] = e                                                                      <L 45>
            wp::array_store(var_e_z, var_0, var_1, var_35);
        }
    }
}



extern "C" __global__ void update_e_9810dd89_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y,
    wp::float32 var_dt_dx,
    wp::int32 var_src_i,
    wp::int32 var_src_j,
    wp::float32 var_mag,
    wp::float32 var_f0,
    wp::float32 var_sim_time,
    wp::array_t<wp::float32> var_e_z,
    wp::array_t<wp::float32> adj_hx,
    wp::array_t<wp::float32> adj_h_y,
    wp::float32 adj_dt_dx,
    wp::int32 adj_src_i,
    wp::int32 adj_src_j,
    wp::float32 adj_mag,
    wp::float32 adj_f0,
    wp::float32 adj_sim_time,
    wp::array_t<wp::float32> adj_e_z)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        bool var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::float32* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        bool var_27;
        bool var_28;
        const wp::float32 var_29 = 6.283185307179586;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        bool adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        //---------
        // forward
        // def update_e(                                                                          <L 27>
        // i, j = wp.tid()                                                                        <L 38>
        builtin_tid2d(var_0, var_1);
        // if i > 0 and j > 0:                                                                    <L 39>
        var_4 = (var_0 > var_3);
        var_2 = var_4;
        if (var_2) {
            var_6 = (var_1 > var_5);
            var_2 = var_2 && var_6;
        }
        if (var_2) {
            // curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                     <L 40>
            var_7 = wp::address(var_h_y, var_0, var_1);
            var_9 = wp::sub(var_0, var_8);
            var_10 = wp::address(var_h_y, var_9, var_1);
            var_12 = wp::load(var_7);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            var_14 = wp::address(var_hx, var_0, var_1);
            var_16 = wp::sub(var_1, var_15);
            var_17 = wp::address(var_hx, var_0, var_16);
            var_19 = wp::load(var_14);
            var_20 = wp::load(var_17);
            var_18 = wp::sub(var_19, var_20);
            var_21 = wp::sub(var_11, var_18);
            // e = e_z[i, j] + dt_dx * curl                                                       <L 41>
            var_22 = wp::address(var_e_z, var_0, var_1);
            var_23 = wp::mul(var_dt_dx, var_21);
            var_25 = wp::load(var_22);
            var_24 = wp::add(var_25, var_23);
            // if i == src_i and j == src_j:                                                      <L 42>
            var_27 = (var_0 == var_src_i);
            var_26 = var_27;
            if (var_26) {
                var_28 = (var_1 == var_src_j);
                var_26 = var_26 && var_28;
            }
            if (var_26) {
                // s = mag * wp.sin(TWO_PI * f0 * sim_time)                                       <L 43>
                var_30 = wp::mul(var_29, var_f0);
                var_31 = wp::mul(var_30, var_sim_time);
                var_32 = wp::sin(var_31);
                var_33 = wp::mul(var_mag, var_32);
                // e += s                                                                         <L 44>
                var_34 = wp::add(var_24, var_33);
            }
            var_35 = wp::where(var_26, var_34, var_24);
            // e_z[i, j] = e                                                                      <L 45>
            // wp::array_store(var_e_z, var_0, var_1, var_35);
        }
        //---------
        // reverse
        if (var_2) {
            wp::adj_array_store(var_e_z, var_0, var_1, var_35, adj_e_z, adj_0, adj_1, adj_35);
            // adj: e_z[i, j] = e                                                                 <L 45>
            wp::adj_where(var_26, var_34, var_24, adj_26, adj_34, adj_24, adj_35);
            if (var_26) {
                wp::adj_add(var_24, var_33, adj_24, adj_33, adj_34);
                // adj: e += s                                                                    <L 44>
                wp::adj_mul(var_mag, var_32, adj_mag, adj_32, adj_33);
                wp::adj_sin(var_31, adj_31, adj_32);
                wp::adj_mul(var_30, var_sim_time, adj_30, adj_sim_time, adj_31);
                wp::adj_mul(var_29, var_f0, adj_29, adj_f0, adj_30);
                // adj: s = mag * wp.sin(TWO_PI * f0 * sim_time)                                  <L 43>
            }
            if (var_26) {
            }
            // adj: if i == src_i and j == src_j:                                                 <L 42>
            wp::adj_add(var_25, var_23, adj_22, adj_23, adj_24);
            wp::adj_mul(var_dt_dx, var_21, adj_dt_dx, adj_21, adj_23);
            wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_22);
            // adj: e = e_z[i, j] + dt_dx * curl                                                  <L 41>
            wp::adj_sub(var_11, var_18, adj_11, adj_18, adj_21);
            wp::adj_sub(var_19, var_20, adj_14, adj_17, adj_18);
            wp::adj_address(var_hx, var_0, var_16, adj_hx, adj_0, adj_16, adj_17);
            wp::adj_sub(var_1, var_15, adj_1, adj_15, adj_16);
            wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_14);
            wp::adj_sub(var_12, var_13, adj_7, adj_10, adj_11);
            wp::adj_address(var_h_y, var_9, var_1, adj_h_y, adj_9, adj_1, adj_10);
            wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
            wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_7);
            // adj: curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                <L 40>
        }
        if (var_2) {
        }
        // adj: if i > 0 and j > 0:                                                               <L 39>
        // adj: i, j = wp.tid()                                                                   <L 38>
        // adj: def update_e(                                                                     <L 27>
        continue;
    }
}



extern "C" __global__ void wave_step_c4d240af_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h_current,
    wp::float32 var_k_speed,
    wp::float32 var_dx,
    wp::float32 var_sim_dt,
    wp::array_t<wp::float32> var_h_previous)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::shape_t var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 4.0;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 2.0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        //---------
        // forward
        // def wave_step(                                                                         <L 49>
        // i, j = wp.tid()                                                                        <L 56>
        builtin_tid2d(var_0, var_1);
        // im = wp.max(i - 1, 0)                                                                  <L 57>
        var_3 = wp::sub(var_0, var_2);
        var_5 = wp::max(var_3, var_4);
        // ip = wp.min(i + 1, h_current.shape[0] - 1)                                             <L 58>
        var_7 = wp::add(var_0, var_6);
        var_8 = &(var_h_current.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_13 = wp::sub(var_10, var_12);
        var_14 = wp::min(var_7, var_13);
        // jm = wp.max(j - 1, 0)                                                                  <L 59>
        var_16 = wp::sub(var_1, var_15);
        var_18 = wp::max(var_16, var_17);
        // jp = wp.min(j + 1, h_current.shape[1] - 1)                                             <L 60>
        var_20 = wp::add(var_1, var_19);
        var_21 = &(var_h_current.shape);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_26 = wp::sub(var_23, var_25);
        var_27 = wp::min(var_20, var_26);
        // h1 = h_current[i, j]                                                                   <L 61>
        var_28 = wp::address(var_h_current, var_0, var_1);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // l = (h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp] - 4.0 * h1) / (dx * dx)       <L 62>
        var_31 = wp::address(var_h_current, var_5, var_1);
        var_32 = wp::address(var_h_current, var_14, var_1);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = wp::add(var_34, var_35);
        var_36 = wp::address(var_h_current, var_0, var_18);
        var_38 = wp::load(var_36);
        var_37 = wp::add(var_33, var_38);
        var_39 = wp::address(var_h_current, var_0, var_27);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_37, var_41);
        var_43 = wp::mul(var_42, var_29);
        var_44 = wp::sub(var_40, var_43);
        var_45 = wp::mul(var_dx, var_dx);
        var_46 = wp::div(var_44, var_45);
        // h0 = h_previous[i, j]                                                                  <L 63>
        var_47 = wp::address(var_h_previous, var_0, var_1);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // h = 2.0 * h1 - h0 + sim_dt * sim_dt * k_speed * l                                      <L 64>
        var_51 = wp::mul(var_50, var_29);
        var_52 = wp::sub(var_51, var_48);
        var_53 = wp::mul(var_sim_dt, var_sim_dt);
        var_54 = wp::mul(var_53, var_k_speed);
        var_55 = wp::mul(var_54, var_46);
        var_56 = wp::add(var_52, var_55);
        // h_previous[i, j] = h                                                                   <L 65>
        wp::array_store(var_h_previous, var_0, var_1, var_56);
    }
}



extern "C" __global__ void wave_step_c4d240af_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h_current,
    wp::float32 var_k_speed,
    wp::float32 var_dx,
    wp::float32 var_sim_dt,
    wp::array_t<wp::float32> var_h_previous,
    wp::array_t<wp::float32> adj_h_current,
    wp::float32 adj_k_speed,
    wp::float32 adj_dx,
    wp::float32 adj_sim_dt,
    wp::array_t<wp::float32> adj_h_previous)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::shape_t var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 4.0;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 2.0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::shape_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::shape_t adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        //---------
        // forward
        // def wave_step(                                                                         <L 49>
        // i, j = wp.tid()                                                                        <L 56>
        builtin_tid2d(var_0, var_1);
        // im = wp.max(i - 1, 0)                                                                  <L 57>
        var_3 = wp::sub(var_0, var_2);
        var_5 = wp::max(var_3, var_4);
        // ip = wp.min(i + 1, h_current.shape[0] - 1)                                             <L 58>
        var_7 = wp::add(var_0, var_6);
        var_8 = &(var_h_current.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_13 = wp::sub(var_10, var_12);
        var_14 = wp::min(var_7, var_13);
        // jm = wp.max(j - 1, 0)                                                                  <L 59>
        var_16 = wp::sub(var_1, var_15);
        var_18 = wp::max(var_16, var_17);
        // jp = wp.min(j + 1, h_current.shape[1] - 1)                                             <L 60>
        var_20 = wp::add(var_1, var_19);
        var_21 = &(var_h_current.shape);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_26 = wp::sub(var_23, var_25);
        var_27 = wp::min(var_20, var_26);
        // h1 = h_current[i, j]                                                                   <L 61>
        var_28 = wp::address(var_h_current, var_0, var_1);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // l = (h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp] - 4.0 * h1) / (dx * dx)       <L 62>
        var_31 = wp::address(var_h_current, var_5, var_1);
        var_32 = wp::address(var_h_current, var_14, var_1);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = wp::add(var_34, var_35);
        var_36 = wp::address(var_h_current, var_0, var_18);
        var_38 = wp::load(var_36);
        var_37 = wp::add(var_33, var_38);
        var_39 = wp::address(var_h_current, var_0, var_27);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_37, var_41);
        var_43 = wp::mul(var_42, var_29);
        var_44 = wp::sub(var_40, var_43);
        var_45 = wp::mul(var_dx, var_dx);
        var_46 = wp::div(var_44, var_45);
        // h0 = h_previous[i, j]                                                                  <L 63>
        var_47 = wp::address(var_h_previous, var_0, var_1);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // h = 2.0 * h1 - h0 + sim_dt * sim_dt * k_speed * l                                      <L 64>
        var_51 = wp::mul(var_50, var_29);
        var_52 = wp::sub(var_51, var_48);
        var_53 = wp::mul(var_sim_dt, var_sim_dt);
        var_54 = wp::mul(var_53, var_k_speed);
        var_55 = wp::mul(var_54, var_46);
        var_56 = wp::add(var_52, var_55);
        // h_previous[i, j] = h                                                                   <L 65>
        // wp::array_store(var_h_previous, var_0, var_1, var_56);
        //---------
        // reverse
        wp::adj_array_store(var_h_previous, var_0, var_1, var_56, adj_h_previous, adj_0, adj_1, adj_56);
        // adj: h_previous[i, j] = h                                                              <L 65>
        wp::adj_add(var_52, var_55, adj_52, adj_55, adj_56);
        wp::adj_mul(var_54, var_46, adj_54, adj_46, adj_55);
        wp::adj_mul(var_53, var_k_speed, adj_53, adj_k_speed, adj_54);
        wp::adj_mul(var_sim_dt, var_sim_dt, adj_sim_dt, adj_sim_dt, adj_53);
        wp::adj_sub(var_51, var_48, adj_51, adj_48, adj_52);
        wp::adj_mul(var_50, var_29, adj_50, adj_29, adj_51);
        // adj: h = 2.0 * h1 - h0 + sim_dt * sim_dt * k_speed * l                                 <L 64>
        wp::adj_copy(var_49, adj_47, adj_48);
        wp::adj_address(var_h_previous, var_0, var_1, adj_h_previous, adj_0, adj_1, adj_47);
        // adj: h0 = h_previous[i, j]                                                             <L 63>
        wp::adj_div(var_44, var_45, var_46, adj_44, adj_45, adj_46);
        wp::adj_mul(var_dx, var_dx, adj_dx, adj_dx, adj_45);
        wp::adj_sub(var_40, var_43, adj_40, adj_43, adj_44);
        wp::adj_mul(var_42, var_29, adj_42, adj_29, adj_43);
        wp::adj_add(var_37, var_41, adj_37, adj_39, adj_40);
        wp::adj_address(var_h_current, var_0, var_27, adj_h_current, adj_0, adj_27, adj_39);
        wp::adj_add(var_33, var_38, adj_33, adj_36, adj_37);
        wp::adj_address(var_h_current, var_0, var_18, adj_h_current, adj_0, adj_18, adj_36);
        wp::adj_add(var_34, var_35, adj_31, adj_32, adj_33);
        wp::adj_address(var_h_current, var_14, var_1, adj_h_current, adj_14, adj_1, adj_32);
        wp::adj_address(var_h_current, var_5, var_1, adj_h_current, adj_5, adj_1, adj_31);
        // adj: l = (h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp] - 4.0 * h1) / (dx * dx)  <L 62>
        wp::adj_copy(var_30, adj_28, adj_29);
        wp::adj_address(var_h_current, var_0, var_1, adj_h_current, adj_0, adj_1, adj_28);
        // adj: h1 = h_current[i, j]                                                              <L 61>
        wp::adj_min(var_20, var_26, adj_20, adj_26, adj_27);
        wp::adj_sub(var_23, var_25, adj_23, adj_25, adj_26);
        adj_h_current.shape = adj_21;
        wp::adj_add(var_1, var_19, adj_1, adj_19, adj_20);
        // adj: jp = wp.min(j + 1, h_current.shape[1] - 1)                                        <L 60>
        wp::adj_max(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_sub(var_1, var_15, adj_1, adj_15, adj_16);
        // adj: jm = wp.max(j - 1, 0)                                                             <L 59>
        wp::adj_min(var_7, var_13, adj_7, adj_13, adj_14);
        wp::adj_sub(var_10, var_12, adj_10, adj_12, adj_13);
        adj_h_current.shape = adj_8;
        wp::adj_add(var_0, var_6, adj_0, adj_6, adj_7);
        // adj: ip = wp.min(i + 1, h_current.shape[0] - 1)                                        <L 58>
        wp::adj_max(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_sub(var_0, var_2, adj_0, adj_2, adj_3);
        // adj: im = wp.max(i - 1, 0)                                                             <L 57>
        // adj: i, j = wp.tid()                                                                   <L 56>
        // adj: def wave_step(                                                                    <L 49>
        continue;
    }
}



extern "C" __global__ void step_magnetic_field_d71546af_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_e_z,
    wp::array_t<wp::float32> var_ca,
    wp::float32 var_dt_dx,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        bool var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        bool var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        bool var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float32* var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        //---------
        // forward
        // def step_magnetic_field(                                                               <L 8>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // nx = e_z.shape[0]                                                                      <L 17>
        var_2 = &(var_e_z.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = e_z.shape[1]                                                                      <L 18>
        var_6 = &(var_e_z.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if i == nx - 1 or j == ny - 1:                                                         <L 19>
        var_12 = wp::sub(var_4, var_11);
        var_13 = (var_0 == var_12);
        var_10 = var_13;
        if (!var_10) {
            var_15 = wp::sub(var_8, var_14);
            var_16 = (var_1 == var_15);
            var_10 = var_10 || var_16;
        }
        if (var_10) {
            // return                                                                             <L 20>
            continue;
        }
        // loss = ca[i, j]                                                                        <L 21>
        var_17 = wp::address(var_ca, var_0, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // hx[i, j] = loss * hx[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])                       <L 22>
        var_20 = wp::address(var_hx, var_0, var_1);
        var_22 = wp::load(var_20);
        var_21 = wp::mul(var_18, var_22);
        var_24 = wp::add(var_1, var_23);
        var_25 = wp::address(var_e_z, var_0, var_24);
        var_26 = wp::address(var_e_z, var_0, var_1);
        var_28 = wp::load(var_25);
        var_29 = wp::load(var_26);
        var_27 = wp::sub(var_28, var_29);
        var_30 = wp::mul(var_dt_dx, var_27);
        var_31 = wp::sub(var_21, var_30);
        wp::array_store(var_hx, var_0, var_1, var_31);
        // h_y[i, j] = loss * h_y[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])                     <L 23>
        var_32 = wp::address(var_h_y, var_0, var_1);
        var_34 = wp::load(var_32);
        var_33 = wp::mul(var_18, var_34);
        var_36 = wp::add(var_0, var_35);
        var_37 = wp::address(var_e_z, var_36, var_1);
        var_38 = wp::address(var_e_z, var_0, var_1);
        var_40 = wp::load(var_37);
        var_41 = wp::load(var_38);
        var_39 = wp::sub(var_40, var_41);
        var_42 = wp::mul(var_dt_dx, var_39);
        var_43 = wp::add(var_33, var_42);
        wp::array_store(var_h_y, var_0, var_1, var_43);
    }
}



extern "C" __global__ void step_magnetic_field_d71546af_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_e_z,
    wp::array_t<wp::float32> var_ca,
    wp::float32 var_dt_dx,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y,
    wp::array_t<wp::float32> adj_e_z,
    wp::array_t<wp::float32> adj_ca,
    wp::float32 adj_dt_dx,
    wp::array_t<wp::float32> adj_hx,
    wp::array_t<wp::float32> adj_h_y)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        bool var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        bool var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        bool var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float32* var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        //---------
        // forward
        // def step_magnetic_field(                                                               <L 8>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // nx = e_z.shape[0]                                                                      <L 17>
        var_2 = &(var_e_z.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = e_z.shape[1]                                                                      <L 18>
        var_6 = &(var_e_z.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if i == nx - 1 or j == ny - 1:                                                         <L 19>
        var_12 = wp::sub(var_4, var_11);
        var_13 = (var_0 == var_12);
        var_10 = var_13;
        if (!var_10) {
            var_15 = wp::sub(var_8, var_14);
            var_16 = (var_1 == var_15);
            var_10 = var_10 || var_16;
        }
        if (var_10) {
            // return                                                                             <L 20>
            goto label0;
        }
        // loss = ca[i, j]                                                                        <L 21>
        var_17 = wp::address(var_ca, var_0, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // hx[i, j] = loss * hx[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])                       <L 22>
        var_20 = wp::address(var_hx, var_0, var_1);
        var_22 = wp::load(var_20);
        var_21 = wp::mul(var_18, var_22);
        var_24 = wp::add(var_1, var_23);
        var_25 = wp::address(var_e_z, var_0, var_24);
        var_26 = wp::address(var_e_z, var_0, var_1);
        var_28 = wp::load(var_25);
        var_29 = wp::load(var_26);
        var_27 = wp::sub(var_28, var_29);
        var_30 = wp::mul(var_dt_dx, var_27);
        var_31 = wp::sub(var_21, var_30);
        // wp::array_store(var_hx, var_0, var_1, var_31);
        // h_y[i, j] = loss * h_y[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])                     <L 23>
        var_32 = wp::address(var_h_y, var_0, var_1);
        var_34 = wp::load(var_32);
        var_33 = wp::mul(var_18, var_34);
        var_36 = wp::add(var_0, var_35);
        var_37 = wp::address(var_e_z, var_36, var_1);
        var_38 = wp::address(var_e_z, var_0, var_1);
        var_40 = wp::load(var_37);
        var_41 = wp::load(var_38);
        var_39 = wp::sub(var_40, var_41);
        var_42 = wp::mul(var_dt_dx, var_39);
        var_43 = wp::add(var_33, var_42);
        // wp::array_store(var_h_y, var_0, var_1, var_43);
        //---------
        // reverse
        wp::adj_array_store(var_h_y, var_0, var_1, var_43, adj_h_y, adj_0, adj_1, adj_43);
        wp::adj_add(var_33, var_42, adj_33, adj_42, adj_43);
        wp::adj_mul(var_dt_dx, var_39, adj_dt_dx, adj_39, adj_42);
        wp::adj_sub(var_40, var_41, adj_37, adj_38, adj_39);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_38);
        wp::adj_address(var_e_z, var_36, var_1, adj_e_z, adj_36, adj_1, adj_37);
        wp::adj_add(var_0, var_35, adj_0, adj_35, adj_36);
        wp::adj_mul(var_18, var_34, adj_18, adj_32, adj_33);
        wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_32);
        // adj: h_y[i, j] = loss * h_y[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])                <L 23>
        wp::adj_array_store(var_hx, var_0, var_1, var_31, adj_hx, adj_0, adj_1, adj_31);
        wp::adj_sub(var_21, var_30, adj_21, adj_30, adj_31);
        wp::adj_mul(var_dt_dx, var_27, adj_dt_dx, adj_27, adj_30);
        wp::adj_sub(var_28, var_29, adj_25, adj_26, adj_27);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_26);
        wp::adj_address(var_e_z, var_0, var_24, adj_e_z, adj_0, adj_24, adj_25);
        wp::adj_add(var_1, var_23, adj_1, adj_23, adj_24);
        wp::adj_mul(var_18, var_22, adj_18, adj_20, adj_21);
        wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_20);
        // adj: hx[i, j] = loss * hx[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])                  <L 22>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_ca, var_0, var_1, adj_ca, adj_0, adj_1, adj_17);
        // adj: loss = ca[i, j]                                                                   <L 21>
        if (var_10) {
            label0:;
            // adj: return                                                                        <L 20>
        }
        if (!var_10) {
            wp::adj_sub(var_8, var_14, adj_8, adj_14, adj_15);
        }
        wp::adj_sub(var_4, var_11, adj_4, adj_11, adj_12);
        // adj: if i == nx - 1 or j == ny - 1:                                                    <L 19>
        adj_e_z.shape = adj_6;
        // adj: ny = e_z.shape[1]                                                                 <L 18>
        adj_e_z.shape = adj_2;
        // adj: nx = e_z.shape[0]                                                                 <L 17>
        // adj: i, j = wp.tid()                                                                   <L 16>
        // adj: def step_magnetic_field(                                                          <L 8>
        continue;
    }
}

