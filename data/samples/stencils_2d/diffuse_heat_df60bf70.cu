// Warp 1.19.0 cuda code for diffuse_heat_df60bf70.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void diffuse_heat_23a9eae1_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_temp,
    wp::array_t<wp::float32> var_emitter,
    wp::float32 var_kappa,
    wp::float32 var_dt,
    wp::float32 var_dx,
    wp::array_t<wp::float32> var_temperature_out)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        bool var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        bool var_18;
        const wp::int32 var_19 = 0;
        bool var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        bool var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::float32* var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 4.0;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        //---------
        // forward
        // def diffuse_heat(                                                                      <L 5>
        // i, j = wp.tid()                                                                        <L 14>
        builtin_tid2d(var_0, var_1);
        // width = temp.shape[0]                                                                  <L 15>
        var_2 = &(var_temp.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = temp.shape[1]                                                                 <L 16>
        var_6 = &(var_temp.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // center = temp[i, j]                                                                    <L 17>
        var_10 = wp::address(var_temp, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if i == 0 or i == width - 1 or j == 0 or j == height - 1:                              <L 18>
        var_15 = (var_0 == var_14);
        var_13 = var_15;
        if (!var_13) {
            var_17 = wp::sub(var_4, var_16);
            var_18 = (var_0 == var_17);
            var_13 = var_13 || var_18;
        }
        if (!var_13) {
            var_20 = (var_1 == var_19);
            var_13 = var_13 || var_20;
        }
        if (!var_13) {
            var_22 = wp::sub(var_8, var_21);
            var_23 = (var_1 == var_22);
            var_13 = var_13 || var_23;
        }
        if (var_13) {
            // temperature_out[i, j] = center                                                     <L 19>
            wp::array_store(var_temperature_out, var_0, var_1, var_11);
            // return                                                                             <L 20>
            return;
        }
        // q = emitter[i, j]                                                                      <L 21>
        var_24 = wp::address(var_emitter, var_0, var_1);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // lap = (temp[i - 1, j] + temp[i + 1, j] + temp[i, j - 1] + temp[i, j + 1] - 4.0 * center) / (dx * dx)       <L 22>
        var_28 = wp::sub(var_0, var_27);
        var_29 = wp::address(var_temp, var_28, var_1);
        var_31 = wp::add(var_0, var_30);
        var_32 = wp::address(var_temp, var_31, var_1);
        var_34 = wp::load(var_29);
        var_35 = wp::load(var_32);
        var_33 = wp::add(var_34, var_35);
        var_37 = wp::sub(var_1, var_36);
        var_38 = wp::address(var_temp, var_0, var_37);
        var_40 = wp::load(var_38);
        var_39 = wp::add(var_33, var_40);
        var_42 = wp::add(var_1, var_41);
        var_43 = wp::address(var_temp, var_0, var_42);
        var_45 = wp::load(var_43);
        var_44 = wp::add(var_39, var_45);
        var_47 = wp::mul(var_46, var_11);
        var_48 = wp::sub(var_44, var_47);
        var_49 = wp::mul(var_dx, var_dx);
        var_50 = wp::div(var_48, var_49);
        // temperature_out[i, j] = center + dt * (kappa * lap + q)                                <L 23>
        var_51 = wp::mul(var_kappa, var_50);
        var_52 = wp::add(var_51, var_25);
        var_53 = wp::mul(var_dt, var_52);
        var_54 = wp::add(var_11, var_53);
        wp::array_store(var_temperature_out, var_0, var_1, var_54);
}



extern "C" __global__ void diffuse_heat_23a9eae1_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_temp,
    wp::array_t<wp::float32> var_emitter,
    wp::float32 var_kappa,
    wp::float32 var_dt,
    wp::float32 var_dx,
    wp::array_t<wp::float32> var_temperature_out,
    wp::array_t<wp::float32> adj_temp,
    wp::array_t<wp::float32> adj_emitter,
    wp::float32 adj_kappa,
    wp::float32 adj_dt,
    wp::float32 adj_dx,
    wp::array_t<wp::float32> adj_temperature_out)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        bool var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        bool var_18;
        const wp::int32 var_19 = 0;
        bool var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        bool var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::float32* var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 4.0;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
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
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        bool adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
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
        //---------
        // forward
        // def diffuse_heat(                                                                      <L 5>
        // i, j = wp.tid()                                                                        <L 14>
        builtin_tid2d(var_0, var_1);
        // width = temp.shape[0]                                                                  <L 15>
        var_2 = &(var_temp.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = temp.shape[1]                                                                 <L 16>
        var_6 = &(var_temp.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // center = temp[i, j]                                                                    <L 17>
        var_10 = wp::address(var_temp, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if i == 0 or i == width - 1 or j == 0 or j == height - 1:                              <L 18>
        var_15 = (var_0 == var_14);
        var_13 = var_15;
        if (!var_13) {
            var_17 = wp::sub(var_4, var_16);
            var_18 = (var_0 == var_17);
            var_13 = var_13 || var_18;
        }
        if (!var_13) {
            var_20 = (var_1 == var_19);
            var_13 = var_13 || var_20;
        }
        if (!var_13) {
            var_22 = wp::sub(var_8, var_21);
            var_23 = (var_1 == var_22);
            var_13 = var_13 || var_23;
        }
        if (var_13) {
            // temperature_out[i, j] = center                                                     <L 19>
            // wp::array_store(var_temperature_out, var_0, var_1, var_11);
            // return                                                                             <L 20>
            goto label0;
        }
        // q = emitter[i, j]                                                                      <L 21>
        var_24 = wp::address(var_emitter, var_0, var_1);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // lap = (temp[i - 1, j] + temp[i + 1, j] + temp[i, j - 1] + temp[i, j + 1] - 4.0 * center) / (dx * dx)       <L 22>
        var_28 = wp::sub(var_0, var_27);
        var_29 = wp::address(var_temp, var_28, var_1);
        var_31 = wp::add(var_0, var_30);
        var_32 = wp::address(var_temp, var_31, var_1);
        var_34 = wp::load(var_29);
        var_35 = wp::load(var_32);
        var_33 = wp::add(var_34, var_35);
        var_37 = wp::sub(var_1, var_36);
        var_38 = wp::address(var_temp, var_0, var_37);
        var_40 = wp::load(var_38);
        var_39 = wp::add(var_33, var_40);
        var_42 = wp::add(var_1, var_41);
        var_43 = wp::address(var_temp, var_0, var_42);
        var_45 = wp::load(var_43);
        var_44 = wp::add(var_39, var_45);
        var_47 = wp::mul(var_46, var_11);
        var_48 = wp::sub(var_44, var_47);
        var_49 = wp::mul(var_dx, var_dx);
        var_50 = wp::div(var_48, var_49);
        // temperature_out[i, j] = center + dt * (kappa * lap + q)                                <L 23>
        var_51 = wp::mul(var_kappa, var_50);
        var_52 = wp::add(var_51, var_25);
        var_53 = wp::mul(var_dt, var_52);
        var_54 = wp::add(var_11, var_53);
        // wp::array_store(var_temperature_out, var_0, var_1, var_54);
        //---------
        // reverse
        wp::adj_array_store(var_temperature_out, var_0, var_1, var_54, adj_temperature_out, adj_0, adj_1, adj_54);
        wp::adj_add(var_11, var_53, adj_11, adj_53, adj_54);
        wp::adj_mul(var_dt, var_52, adj_dt, adj_52, adj_53);
        wp::adj_add(var_51, var_25, adj_51, adj_25, adj_52);
        wp::adj_mul(var_kappa, var_50, adj_kappa, adj_50, adj_51);
        // adj: temperature_out[i, j] = center + dt * (kappa * lap + q)                           <L 23>
        wp::adj_div(var_48, var_49, var_50, adj_48, adj_49, adj_50);
        wp::adj_mul(var_dx, var_dx, adj_dx, adj_dx, adj_49);
        wp::adj_sub(var_44, var_47, adj_44, adj_47, adj_48);
        wp::adj_mul(var_46, var_11, adj_46, adj_11, adj_47);
        wp::adj_add(var_39, var_45, adj_39, adj_43, adj_44);
        wp::adj_address(var_temp, var_0, var_42, adj_temp, adj_0, adj_42, adj_43);
        wp::adj_add(var_1, var_41, adj_1, adj_41, adj_42);
        wp::adj_add(var_33, var_40, adj_33, adj_38, adj_39);
        wp::adj_address(var_temp, var_0, var_37, adj_temp, adj_0, adj_37, adj_38);
        wp::adj_sub(var_1, var_36, adj_1, adj_36, adj_37);
        wp::adj_add(var_34, var_35, adj_29, adj_32, adj_33);
        wp::adj_address(var_temp, var_31, var_1, adj_temp, adj_31, adj_1, adj_32);
        wp::adj_add(var_0, var_30, adj_0, adj_30, adj_31);
        wp::adj_address(var_temp, var_28, var_1, adj_temp, adj_28, adj_1, adj_29);
        wp::adj_sub(var_0, var_27, adj_0, adj_27, adj_28);
        // adj: lap = (temp[i - 1, j] + temp[i + 1, j] + temp[i, j - 1] + temp[i, j + 1] - 4.0 * center) / (dx * dx)  <L 22>
        wp::adj_copy(var_26, adj_24, adj_25);
        wp::adj_address(var_emitter, var_0, var_1, adj_emitter, adj_0, adj_1, adj_24);
        // adj: q = emitter[i, j]                                                                 <L 21>
        if (var_13) {
            label0:;
            // adj: return                                                                        <L 20>
            wp::adj_array_store(var_temperature_out, var_0, var_1, var_11, adj_temperature_out, adj_0, adj_1, adj_11);
            // adj: temperature_out[i, j] = center                                                <L 19>
        }
        if (!var_13) {
            wp::adj_sub(var_8, var_21, adj_8, adj_21, adj_22);
        }
        if (!var_13) {
        }
        if (!var_13) {
            wp::adj_sub(var_4, var_16, adj_4, adj_16, adj_17);
        }
        // adj: if i == 0 or i == width - 1 or j == 0 or j == height - 1:                         <L 18>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_temp, var_0, var_1, adj_temp, adj_0, adj_1, adj_10);
        // adj: center = temp[i, j]                                                               <L 17>
        adj_temp.shape = adj_6;
        // adj: height = temp.shape[1]                                                            <L 16>
        adj_temp.shape = adj_2;
        // adj: width = temp.shape[0]                                                             <L 15>
        // adj: i, j = wp.tid()                                                                   <L 14>
        // adj: def diffuse_heat(                                                                 <L 5>
        return;
}

