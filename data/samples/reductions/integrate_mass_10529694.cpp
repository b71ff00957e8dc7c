// Warp 1.19.0 cpu code for integrate_mass_10529694.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_integrate_mass_fff776d9 {
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::float32> total;
    wp::array_t<wp::float32> peak;
};


template <bool wp_linear_contiguous>
static void integrate_mass_fff776d9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_mass_fff776d9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 1024;
    wp::int32 var_9;
    const wp::int32 var_10 = 31;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1024;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 4096;
    wp::int32 var_19;
    const wp::float32 var_20 = 0.5;
    const wp::float32 var_21 = 0.75;
    const wp::float32 var_22 = 0.25;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 0.01;
    const wp::float32 var_25 = 0.1;
    const wp::float32 var_26 = 3.0;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    wp::float32 var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    //---------
    // forward
    // def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // sample = samples[tid]                                                                  <L 7>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // weight = weights[tid]                                                                  <L 8>
    var_4 = wp::address(var_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096                   <L 9>
    var_7 = wp::abs(var_0);
    var_9 = wp::mod(var_7, var_8);
    var_11 = wp::mul(var_9, var_10);
    var_13 = wp::int(var_12);
    var_14 = wp::abs(var_13);
    var_16 = wp::mod(var_14, var_15);
    var_17 = wp::add(var_11, var_16);
    var_19 = wp::mod(var_17, var_18);
    // radius_2 = wp.length(sample - wp.lerp(wp.vec3(0.5, 0.75, 0.25), wp.vec3(0.01, 0.1, 3.0), wp.clamp(weight, 0.0, 1.0)))       <L 10>
    var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_30 = wp::clamp(var_5, var_28, var_29);
    var_31 = wp::lerp(var_23, var_27, var_30);
    var_32 = wp::sub(var_2, var_31);
    var_33 = wp::length(var_32);
    // contribution = float(cell_id) + radius_2                                               <L 11>
    var_34 = wp::float(var_19);
    var_35 = wp::add(var_34, var_33);
    // wp.atomic_add(total, 0, contribution)                                                  <L 12>
    var_37 = wp::atomic_add(var_total, var_36, var_35);
    // wp.atomic_max(peak, 0, contribution)                                                   <L 13>
    var_39 = wp::atomic_max(var_peak, var_38, var_35);
}



template <bool wp_linear_contiguous>
static void integrate_mass_fff776d9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_mass_fff776d9 *_wp_args,
    wp_args_integrate_mass_fff776d9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    wp::array_t<wp::float32> adj_peak = _wp_adj_args->peak;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 1024;
    wp::int32 var_9;
    const wp::int32 var_10 = 31;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 1024;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 4096;
    wp::int32 var_19;
    const wp::float32 var_20 = 0.5;
    const wp::float32 var_21 = 0.75;
    const wp::float32 var_22 = 0.25;
    wp::vec_t<3, wp::float32> var_23;
    const wp::float32 var_24 = 0.01;
    const wp::float32 var_25 = 0.1;
    const wp::float32 var_26 = 3.0;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 1.0;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 0;
    wp::float32 var_37;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    //---------
    // forward
    // def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // sample = samples[tid]                                                                  <L 7>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // weight = weights[tid]                                                                  <L 8>
    var_4 = wp::address(var_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096                   <L 9>
    var_7 = wp::abs(var_0);
    var_9 = wp::mod(var_7, var_8);
    var_11 = wp::mul(var_9, var_10);
    var_13 = wp::int(var_12);
    var_14 = wp::abs(var_13);
    var_16 = wp::mod(var_14, var_15);
    var_17 = wp::add(var_11, var_16);
    var_19 = wp::mod(var_17, var_18);
    // radius_2 = wp.length(sample - wp.lerp(wp.vec3(0.5, 0.75, 0.25), wp.vec3(0.01, 0.1, 3.0), wp.clamp(weight, 0.0, 1.0)))       <L 10>
    var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
    var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
    var_30 = wp::clamp(var_5, var_28, var_29);
    var_31 = wp::lerp(var_23, var_27, var_30);
    var_32 = wp::sub(var_2, var_31);
    var_33 = wp::length(var_32);
    // contribution = float(cell_id) + radius_2                                               <L 11>
    var_34 = wp::float(var_19);
    var_35 = wp::add(var_34, var_33);
    // wp.atomic_add(total, 0, contribution)                                                  <L 12>
    // var_37 = wp::atomic_add(var_total, var_36, var_35);
    // wp.atomic_max(peak, 0, contribution)                                                   <L 13>
    // var_39 = wp::atomic_max(var_peak, var_38, var_35);
    //---------
    // reverse
    wp::adj_atomic_max(var_peak, var_38, var_35, adj_peak, adj_38, adj_35, adj_39);
    // adj: wp.atomic_max(peak, 0, contribution)                                              <L 13>
    wp::adj_atomic_add(var_total, var_36, var_35, adj_total, adj_36, adj_35, adj_37);
    // adj: wp.atomic_add(total, 0, contribution)                                             <L 12>
    wp::adj_add(var_34, var_33, adj_34, adj_33, adj_35);
    wp::adj_float(var_19, adj_19, adj_34);
    // adj: contribution = float(cell_id) + radius_2                                          <L 11>
    wp::adj_length(var_32, var_33, adj_32, adj_33);
    wp::adj_sub(var_2, var_31, adj_2, adj_31, adj_32);
    wp::adj_lerp(var_23, var_27, var_30, adj_23, adj_27, adj_30, adj_31);
    wp::adj_clamp(var_5, var_28, var_29, adj_5, adj_28, adj_29, adj_30);
    wp::adj_vec_t(var_24, var_25, var_26, adj_24, adj_25, adj_26, adj_27);
    wp::adj_vec_t(var_20, var_21, var_22, adj_20, adj_21, adj_22, adj_23);
    // adj: radius_2 = wp.length(sample - wp.lerp(wp.vec3(0.5, 0.75, 0.25), wp.vec3(0.01, 0.1, 3.0), wp.clamp(weight, 0.0, 1.0)))  <L 10>
    wp::adj_mod(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
    wp::adj_mod(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_abs(var_13, adj_13, adj_14);
    wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_mod(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_abs(var_0, adj_0, adj_7);
    // adj: cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096              <L 9>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
    // adj: weight = weights[tid]                                                             <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
    // adj: sample = samples[tid]                                                             <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):  <L 5>
    return;
}



struct integrate_mass_fff776d9_cpu_block_payload_forward
{
    wp_args_integrate_mass_fff776d9* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_mass_fff776d9_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_mass_fff776d9_cpu_block_payload_forward* payload = (integrate_mass_fff776d9_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_mass_fff776d9_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_mass_fff776d9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_mass_fff776d9 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        integrate_mass_fff776d9_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_mass_fff776d9_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct integrate_mass_fff776d9_cpu_block_payload_backward
{
    wp_args_integrate_mass_fff776d9* args;
    wp_args_integrate_mass_fff776d9* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_mass_fff776d9_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_mass_fff776d9_cpu_block_payload_backward* payload = (integrate_mass_fff776d9_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_mass_fff776d9_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void integrate_mass_fff776d9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_mass_fff776d9 *_wp_args,
    wp_args_integrate_mass_fff776d9 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        integrate_mass_fff776d9_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_mass_fff776d9_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

