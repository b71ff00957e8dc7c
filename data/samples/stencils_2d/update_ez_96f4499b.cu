// Warp 1.19.0 cuda code for update_ez_96f4499b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_ez_12a10c1e_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_hy,
    wp::array_t<wp::float32> var_ca,
    wp::float32 var_courant,
    wp::int32 var_source_i,
    wp::int32 var_source_j,
    wp::float32 var_amp,
    wp::float32 var_frequency,
    wp::float32 var_time,
    wp::array_t<wp::float32> var_e_z)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        bool var_29;
        bool var_30;
        bool var_31;
        const wp::float32 var_32 = 6.283185307179586;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        //---------
        // forward
        // def update_ez(                                                                         <L 8>
        // i, j = wp.tid()                                                                        <L 20>
        builtin_tid2d(var_0, var_1);
        // if i == 0 or j == 0:                                                                   <L 22>
        var_4 = (var_0 == var_3);
        var_2 = var_4;
        if (!var_2) {
            var_6 = (var_1 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 23>
            return;
        }
        // curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                           <L 24>
        var_7 = wp::address(var_hy, var_0, var_1);
        var_9 = wp::sub(var_0, var_8);
        var_10 = wp::address(var_hy, var_9, var_1);
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
        // e = ca[i, j] * e_z[i, j] + courant * curl                                              <L 25>
        var_22 = wp::address(var_ca, var_0, var_1);
        var_23 = wp::address(var_e_z, var_0, var_1);
        var_25 = wp::load(var_22);
        var_26 = wp::load(var_23);
        var_24 = wp::mul(var_25, var_26);
        var_27 = wp::mul(var_courant, var_21);
        var_28 = wp::add(var_24, var_27);
        // if i == source_i and j == source_j:                                                    <L 26>
        var_30 = (var_0 == var_source_i);
        var_29 = var_30;
        if (var_29) {
            var_31 = (var_1 == var_source_j);
            var_29 = var_29 && var_31;
        }
        if (var_29) {
            // s = amp * wp.sin(TWO_PI * frequency * time)                                        <L 27>
            var_33 = wp::mul(var_32, var_frequency);
            var_34 = wp::mul(var_33, var_time);
            var_35 = wp::sin(var_34);
            var_36 = wp::mul(var_amp, var_35);
            // e += s                                                                             <L 28>
            var_37 = wp::add(var_28, var_36);
        }
        var_38 = wp::where(var_29, var_37, var_28);
        // e_z[i, j] = e                                                                          <L 29>
        wp::array_store(var_e_z, var_0, var_1, var_38);
}



extern "C" __global__ void update_ez_12a10c1e_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_hy,
    wp::array_t<wp::float32> var_ca,
    wp::float32 var_courant,
    wp::int32 var_source_i,
    wp::int32 var_source_j,
    wp::float32 var_amp,
    wp::float32 var_frequency,
    wp::float32 var_time,
    wp::array_t<wp::float32> var_e_z,
    wp::array_t<wp::float32> adj_hx,
    wp::array_t<wp::float32> adj_hy,
    wp::array_t<wp::float32> adj_ca,
    wp::float32 adj_courant,
    wp::int32 adj_source_i,
    wp::int32 adj_source_j,
    wp::float32 adj_amp,
    wp::float32 adj_frequency,
    wp::float32 adj_time,
    wp::array_t<wp::float32> adj_e_z)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        bool var_29;
        bool var_30;
        bool var_31;
        const wp::float32 var_32 = 6.283185307179586;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
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
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        bool adj_29 = {};
        bool adj_30 = {};
        bool adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        //---------
        // forward
        // def update_ez(                                                                         <L 8>
        // i, j = wp.tid()                                                                        <L 20>
        builtin_tid2d(var_0, var_1);
        // if i == 0 or j == 0:                                                                   <L 22>
        var_4 = (var_0 == var_3);
        var_2 = var_4;
        if (!var_2) {
            var_6 = (var_1 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 23>
            goto label0;
        }
        // curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                           <L 24>
        var_7 = wp::address(var_hy, var_0, var_1);
        var_9 = wp::sub(var_0, var_8);
        var_10 = wp::address(var_hy, var_9, var_1);
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
        // e = ca[i, j] * e_z[i, j] + courant * curl                                              <L 25>
        var_22 = wp::address(var_ca, var_0, var_1);
        var_23 = wp::address(var_e_z, var_0, var_1);
        var_25 = wp::load(var_22);
        var_26 = wp::load(var_23);
        var_24 = wp::mul(var_25, var_26);
        var_27 = wp::mul(var_courant, var_21);
        var_28 = wp::add(var_24, var_27);
        // if i == source_i and j == source_j:                                                    <L 26>
        var_30 = (var_0 == var_source_i);
        var_29 = var_30;
        if (var_29) {
            var_31 = (var_1 == var_source_j);
            var_29 = var_29 && var_31;
        }
        if (var_29) {
            // s = amp * wp.sin(TWO_PI * frequency * time)                                        <L 27>
            var_33 = wp::mul(var_32, var_frequency);
            var_34 = wp::mul(var_33, var_time);
            var_35 = wp::sin(var_34);
            var_36 = wp::mul(var_amp, var_35);
            // e += s                                                                             <L 28>
            var_37 = wp::add(var_28, var_36);
        }
        var_38 = wp::where(var_29, var_37, var_28);
        // e_z[i, j] = e                                                                          <L 29>
        // wp::array_store(var_e_z, var_0, var_1, var_38);
        //---------
        // reverse
        wp::adj_array_store(var_e_z, var_0, var_1, var_38, adj_e_z, adj_0, adj_1, adj_38);
        // adj: e_z[i, j] = e                                                                     <L 29>
        wp::adj_where(var_29, var_37, var_28, adj_29, adj_37, adj_28, adj_38);
        if (var_29) {
            wp::adj_add(var_28, var_36, adj_28, adj_36, adj_37);
            // adj: e += s                                                                        <L 28>
            wp::adj_mul(var_amp, var_35, adj_amp, adj_35, adj_36);
            wp::adj_sin(var_34, adj_34, adj_35);
            wp::adj_mul(var_33, var_time, adj_33, adj_time, adj_34);
            wp::adj_mul(var_32, var_frequency, adj_32, adj_frequency, adj_33);
            // adj: s = amp * wp.sin(TWO_PI * frequency * time)                                   <L 27>
        }
        if (var_29) {
        }
        // adj: if i == source_i and j == source_j:                                               <L 26>
        wp::adj_add(var_24, var_27, adj_24, adj_27, adj_28);
        wp::adj_mul(var_courant, var_21, adj_courant, adj_21, adj_27);
        wp::adj_mul(var_25, var_26, adj_22, adj_23, adj_24);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_23);
        wp::adj_address(var_ca, var_0, var_1, adj_ca, adj_0, adj_1, adj_22);
        // adj: e = ca[i, j] * e_z[i, j] + courant * curl                                         <L 25>
        wp::adj_sub(var_11, var_18, adj_11, adj_18, adj_21);
        wp::adj_sub(var_19, var_20, adj_14, adj_17, adj_18);
        wp::adj_address(var_hx, var_0, var_16, adj_hx, adj_0, adj_16, adj_17);
        wp::adj_sub(var_1, var_15, adj_1, adj_15, adj_16);
        wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_14);
        wp::adj_sub(var_12, var_13, adj_7, adj_10, adj_11);
        wp::adj_address(var_hy, var_9, var_1, adj_hy, adj_9, adj_1, adj_10);
        wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
        wp::adj_address(var_hy, var_0, var_1, adj_hy, adj_0, adj_1, adj_7);
        // adj: curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                      <L 24>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 23>
        }
        if (!var_2) {
        }
        // adj: if i == 0 or j == 0:                                                              <L 22>
        // adj: i, j = wp.tid()                                                                   <L 20>
        // adj: def update_ez(                                                                    <L 8>
        return;
}

